p = Pt(3);
disp(twice(p))
disp(p.twice())
disp(class(p))
disp(use_pt(p))
m = make_pt(2);
disp(m.v)
p = p.bump(4);
fprintf('%d\n', p.v);
disp(isa(p, 'Pt'))
q = Pt(5)
