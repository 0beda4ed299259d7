function y = ap_f(x)
y = ap_g(x) + ap_local(x);
end

function z = ap_local(x)
z = 0.5;
end
