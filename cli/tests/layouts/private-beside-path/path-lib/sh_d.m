function y = sh_d(x)
y = x - 1;
end
