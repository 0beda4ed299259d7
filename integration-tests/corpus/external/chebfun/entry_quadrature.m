% Entry script (rmsnap corpus): Gauss-Legendre nodes and related numerics from Chebfun.
[x, w] = legpts(5);
fprintf('legpts(5) nodes: %.6f %.6f %.6f %.6f %.6f\n', x(1), x(2), x(3), x(4), x(5));
fprintf('sum w = %.6f\n', sum(w));
fprintf('int x^4 = %.6f\n', w*(x.^4));

[x2, w2] = legpts(2);
fprintf('legpts(2): %.6f %.6f weights %.6f %.6f\n', x2(1), x2(2), w2(1), w2(2));

[x3, w3] = legpts(4, [0 2]);
fprintf('legpts(4,[0 2]) int x^2 = %.6f\n', w3*(x3.^2));

fprintf('gammaratio(20, 0.5) = %.6f\n', gammaratio(20, 0.5));

j0 = besselroots(0, 5);
fprintf('J0 roots: %.6f %.6f %.6f %.6f %.6f\n', j0(1), j0(2), j0(3), j0(4), j0(5));

[xh, wh] = hermpts(4);
fprintf('hermpts(4): %.6f %.6f %.6f %.6f\n', xh(1), xh(2), xh(3), xh(4));
fprintf('hermite sum w = %.6f (sqrt(pi) = %.6f)\n', sum(wh), sqrt(pi));
fprintf('hermite int x^2 = %.6f\n', wh*(xh.^2));
