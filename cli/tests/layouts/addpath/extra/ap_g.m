function y = ap_g(x)
y = x * 1000;
end
