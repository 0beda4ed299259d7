function y = cf_g(x)
y = cf_f(x) * 10;
end
