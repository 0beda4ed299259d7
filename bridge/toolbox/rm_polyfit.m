function [p, resid] = rm_polyfit(x, y, deg)
%RM_POLYFIT Least-squares polynomial fit through the normal equations.
%   [p, resid] = rm_polyfit(x, y, deg) builds the Vandermonde matrix V,
%   solves (V' * V) p = V' * y with rm_lu_solve and returns the row vector
%   of descending-power coefficients p and the residual 2-norm. deg
%   defaults to 1.
if nargin < 3
    deg = 1;
end
m = numel(x);
if numel(y) ~= m
    error('rm_polyfit: x and y must have the same length');
end
nc = deg + 1;
if m < nc
    error('rm_polyfit: not enough points for the requested degree');
end
V = zeros(m, nc);
if m * nc == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    V(1) = V(1);
end
for r = 1:m
    for c = 1:nc
        V(r, c) = x(r) ^ (nc - c);
    end
end
N = zeros(nc, nc);
rhs = zeros(nc, 1);
if nc == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    N(1) = N(1);
    rhs(1) = rhs(1);
end
for a = 1:nc
    for b = 1:nc
        s = 0;
        for r = 1:m
            s = s + V(r, a) * V(r, b);
        end
        N(a, b) = s;
    end
    s = 0;
    for r = 1:m
        s = s + V(r, a) * y(r);
    end
    rhs(a) = s;
end
sol = rm_lu_solve(N, rhs);
p = zeros(1, nc);
if nc == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    p(1) = p(1);
end
for c = 1:nc
    p(c) = sol(c);
end
fitted = rm_polyval(p, x);
resid = 0;
for r = 1:m
    resid = resid + (y(r) - fitted(r)) ^ 2;
end
resid = sqrt(resid);
end
