function y = sh_b(x)
y = x * 1000;
end
