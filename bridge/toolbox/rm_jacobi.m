function [x, iters, res] = rm_jacobi(A, b, x0, tol, maxit)
%RM_JACOBI Jacobi iteration for A * x = b (A diagonally dominant).
%   [x, iters, res] = rm_jacobi(A, b, x0, tol, maxit) iterates until the
%   update is at most tol * max(1, norm(x)); res is the final residual
%   norm. Defaults: x0 = zeros, tol = 1e-12, maxit = 500.
n = size(A, 1);
if nargin < 3
    x0 = zeros(n, 1);
end
if nargin < 4
    tol = 1e-12;
end
if nargin < 5
    maxit = 500;
end
x = zeros(n, 1);
if n == 1
    % RunMat 0.6.2: A(r, c) on a plain scalar fails; store a 1x1 as an array
    A(1) = A(1);
end
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    x(1) = x(1);
end
for k = 1:n
    if A(k, k) == 0
        error('rm_jacobi: zero on the diagonal');
    end
    x(k) = x0(k);
end
iters = 0;
while iters < maxit
    iters = iters + 1;
    xn = zeros(n, 1);
    if n == 1
        % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
        xn(1) = xn(1);
    end
    for r = 1:n
        s = b(r);
        for c = 1:n
            if c ~= r
                s = s - A(r, c) * x(c);
            end
        end
        xn(r) = s / A(r, r);
    end
    dx = rm_vnorm(xn - x);
    x = xn;
    if dx <= tol * max(1, rm_vnorm(x))
        break;
    end
end
rv = rm_matvec(A, x);
for k = 1:n
    rv(k) = rv(k) - b(k);
end
res = rm_vnorm(rv);
end
