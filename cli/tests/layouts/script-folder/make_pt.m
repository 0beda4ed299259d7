function p = make_pt(v)
  % A library function calls the class's constructor.
  p = Pt(v * 10);
end
