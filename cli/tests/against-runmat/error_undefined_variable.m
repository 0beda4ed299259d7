y = zz + 1;
