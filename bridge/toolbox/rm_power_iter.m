function [lambda, v, iters] = rm_power_iter(A, x0, tol, maxit)
%RM_POWER_ITER Dominant eigenvalue and eigenvector by power iteration.
%   [lambda, v, iters] = rm_power_iter(A, x0, tol, maxit) repeatedly
%   multiplies the normalised vector by A and uses the Rayleigh quotient
%   as the eigenvalue estimate; stops when it changes by at most
%   tol * max(1, abs(lambda)). Defaults: x0 = ones, tol = 1e-12, maxit = 1000.
n = size(A, 1);
if nargin < 2
    x0 = ones(n, 1);
end
if nargin < 3
    tol = 1e-12;
end
if nargin < 4
    maxit = 1000;
end
nv = rm_vnorm(x0);
if nv == 0
    error('rm_power_iter: start vector must be nonzero');
end
v = zeros(n, 1);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    v(1) = v(1);
end
for k = 1:n
    v(k) = x0(k) / nv;
end
lambda = 0;
iters = 0;
while iters < maxit
    iters = iters + 1;
    w = rm_matvec(A, v);
    lam = rm_dot(v, w);
    nw = rm_vnorm(w);
    if nw == 0
        lambda = 0;
        return;
    end
    v = w / nw;
    if abs(lam - lambda) <= tol * max(1, abs(lam))
        lambda = lam;
        return;
    end
    lambda = lam;
end
end
