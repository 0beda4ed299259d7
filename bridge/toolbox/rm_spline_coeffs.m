function [M, h] = rm_spline_coeffs(x, y)
%RM_SPLINE_COEFFS Second derivatives of the natural cubic spline through points.
%   [M, h] = rm_spline_coeffs(x, y) returns the second derivatives M at the
%   knots (M(1) = M(n) = 0, natural end conditions) and the knot spacings h.
n = numel(x);
if numel(y) ~= n
    error('rm_spline_coeffs: x and y must have the same length');
end
if n < 2
    error('rm_spline_coeffs: need at least two knots');
end
h = zeros(n - 1, 1);
if n == 2
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    h(1) = h(1);
end
for k = 1:n - 1
    h(k) = x(k + 1) - x(k);
    if h(k) <= 0
        error('rm_spline_coeffs: knots must be strictly increasing');
    end
end
M = zeros(n, 1);
m = n - 2;
if m < 1
    return;
end
sub = zeros(m, 1);
dia = zeros(m, 1);
sup = zeros(m, 1);
rhs = zeros(m, 1);
if m == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    sub(1) = sub(1);
    dia(1) = dia(1);
    sup(1) = sup(1);
    rhs(1) = rhs(1);
end
for r = 1:m
    k = r + 1;
    sub(r) = h(k - 1);
    dia(r) = 2 * (h(k - 1) + h(k));
    sup(r) = h(k);
    rhs(r) = 6 * ((y(k + 1) - y(k)) / h(k) - (y(k) - y(k - 1)) / h(k - 1));
end
inner = rm_tridiag(sub, dia, sup, rhs);
for r = 1:m
    M(r + 1) = inner(r);
end
end
