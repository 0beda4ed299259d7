function [x, iters] = rm_bisect(fid, a, b, tol, maxit)
%RM_BISECT Bisection root finder for built-in test problem fid on [a, b].
%   [x, iters] = rm_bisect(fid, a, b, tol, maxit) halves the bracket until
%   its half-width is at most tol (default 1e-10) or maxit (default 200)
%   halvings were made. f(a) and f(b) must not have the same sign.
if nargin < 4
    tol = 1e-10;
end
if nargin < 5
    maxit = 200;
end
if a > b
    t = a;
    a = b;
    b = t;
end
fa = rm_testfun(fid, a);
fb = rm_testfun(fid, b);
if fa * fb > 0
    error('rm_bisect: f(a) and f(b) must differ in sign');
end
iters = 0;
while (b - a) / 2 > tol && iters < maxit
    iters = iters + 1;
    c = (a + b) / 2;
    fc = rm_testfun(fid, c);
    if fc == 0
        a = c;
        b = c;
    elseif fa * fc < 0
        b = c;
        fb = fc;
    else
        a = c;
        fa = fc;
    end
end
x = (a + b) / 2;
end
