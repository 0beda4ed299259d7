function y = ps_f(x)
y = x + 100;
end
