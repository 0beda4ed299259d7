function y = sh_c(x)
y = sh_b(x) * 2;
end
