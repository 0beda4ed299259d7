function y = cf_f(x)
y = x + 1;
end
