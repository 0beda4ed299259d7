function y = use_ap(x)
% Calls a function of a folder the script adds at run time.
y = ap_g(x) + 1;
end
