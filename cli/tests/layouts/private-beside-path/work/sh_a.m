function y = sh_a(x)
y = sh_b(x) + 1;
end
