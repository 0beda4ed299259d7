function y = as_f(x)
y = x;
end
