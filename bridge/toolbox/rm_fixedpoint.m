function [x, iters] = rm_fixedpoint(gid, x0, tol, maxit)
%RM_FIXEDPOINT Fixed-point iteration x = g(x) for built-in test problem gid.
%   [x, iters] = rm_fixedpoint(gid, x0, tol, maxit) iterates x = g(x)
%   until two successive iterates differ by at most tol (default 1e-12)
%   or maxit (default 500) iterations were made.
if nargin < 3
    tol = 1e-12;
end
if nargin < 4
    maxit = 500;
end
x = x0;
iters = 0;
while iters < maxit
    iters = iters + 1;
    xn = rm_testfun(gid, x);
    if abs(xn - x) <= tol
        x = xn;
        return;
    end
    x = xn;
end
end
