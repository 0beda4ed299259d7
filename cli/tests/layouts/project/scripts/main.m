p = geom.Pt(3);
disp(p.twice())
disp(class(p))
s = Sq(4);
disp(s.area())
disp(area(s))
r = Rt(2, 5);
disp(r.area())
disp(class(r))
