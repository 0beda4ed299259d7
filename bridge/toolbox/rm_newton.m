function [x, iters, converged] = rm_newton(fid, x0, tol, maxit)
%RM_NEWTON Newton iteration with a numerical derivative for test problem fid.
%   [x, iters, converged] = rm_newton(fid, x0, tol, maxit) iterates
%   x = x - f(x) / f'(x), with f' from rm_numderiv, until the step is at
%   most tol * max(1, abs(x)) (tol defaults to 1e-12, maxit to 50).
if nargin < 3
    tol = 1e-12;
end
if nargin < 4
    maxit = 50;
end
x = x0;
iters = 0;
converged = false;
while iters < maxit
    iters = iters + 1;
    fx = rm_testfun(fid, x);
    d = rm_numderiv(fid, x);
    if d == 0
        error('rm_newton: zero derivative at x = %g', x);
    end
    step = fx / d;
    x = x - step;
    if abs(step) <= tol * max(1, abs(x))
        converged = true;
        break;
    end
end
end
