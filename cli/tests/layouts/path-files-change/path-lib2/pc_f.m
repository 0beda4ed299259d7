function y = pc_f(x)
y = x + 1;
end
