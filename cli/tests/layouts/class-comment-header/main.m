a = Acc();
a.add(2);
b = a;
b.add(40);
disp(a.total)
