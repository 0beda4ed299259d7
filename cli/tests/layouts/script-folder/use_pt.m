function r = use_pt(p)
  % A library function given an object calls its method by name.
  r = twice(p) + 1;
end
