disp(pt_helper(2))
p = geom.Pt(3);
