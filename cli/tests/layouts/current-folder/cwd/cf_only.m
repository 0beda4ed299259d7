function y = cf_only(x)
y = -x;
end
