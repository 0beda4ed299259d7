function y = rp_dbl(x)
  y = 2*x;
end
