function y = cf_f(x)
y = x + 1000;
end
