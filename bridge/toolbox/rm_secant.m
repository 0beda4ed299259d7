function [x, iters] = rm_secant(fid, x0, x1, tol, maxit)
%RM_SECANT Secant method root finder for built-in test problem fid.
%   [x, iters] = rm_secant(fid, x0, x1, tol, maxit) starts from the two
%   guesses x0 and x1 and stops when successive iterates differ by at most
%   tol (default 1e-12) or after maxit (default 100) iterations.
if nargin < 4
    tol = 1e-12;
end
if nargin < 5
    maxit = 100;
end
f0 = rm_testfun(fid, x0);
f1 = rm_testfun(fid, x1);
iters = 0;
x = x1;
while iters < maxit
    iters = iters + 1;
    if f1 == f0
        break;
    end
    x = x1 - f1 * (x1 - x0) / (f1 - f0);
    if abs(x - x1) <= tol
        break;
    end
    x0 = x1;
    f0 = f1;
    x1 = x;
    f1 = rm_testfun(fid, x1);
end
end
