function y = rp_bad(x)
  y = rp_missing(x) + 1;
end
