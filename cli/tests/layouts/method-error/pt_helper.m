function r = pt_helper(x)
  r = x + 100;
end
