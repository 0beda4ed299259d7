function yq = rm_spline_eval(x, y, xq)
%RM_SPLINE_EVAL Evaluate the natural cubic spline through (x, y) at xq.
%   yq = rm_spline_eval(x, y, xq) builds the spline with rm_spline_coeffs
%   and evaluates it piecewise; outside the knots the end cubic is used.
[M, h] = rm_spline_coeffs(x, y);
nq = numel(xq);
yq = zeros(1, nq);
if nq == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    yq(1) = yq(1);
end
for q = 1:nq
    v = xq(q);
    k = rm_findinterval(x, v);
    hk = h(k);
    t1 = x(k + 1) - v;
    t0 = v - x(k);
    s = M(k) * t1 ^ 3 / (6 * hk) + M(k + 1) * t0 ^ 3 / (6 * hk);
    s = s + (y(k) / hk - M(k) * hk / 6) * t1;
    s = s + (y(k + 1) / hk - M(k + 1) * hk / 6) * t0;
    yq(q) = s;
end
end
