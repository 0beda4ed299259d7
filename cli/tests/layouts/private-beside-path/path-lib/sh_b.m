function y = sh_b(x)
y = x * 10;
end
