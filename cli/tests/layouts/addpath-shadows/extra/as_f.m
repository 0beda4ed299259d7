function y = as_f(x)
y = 2 * x;
end
