function y = ps_f(x)
y = x + 1;
end
