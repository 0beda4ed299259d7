p = Pt(3);
disp(p.v)
y = p.bad()
