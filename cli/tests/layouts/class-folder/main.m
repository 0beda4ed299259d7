p = Pt(3);
disp(p.v)
disp(class(p))
disp(p.twice())
disp(Pt.twice(p))
% RunMat 0.6.2 does not dispatch a bare call to an @-folder method.
disp(twice(p))
