function yq = rm_interp1(xs, ys, xq)
%RM_INTERP1 Piecewise linear interpolation (linear extrapolation outside).
%   yq = rm_interp1(xs, ys, xq) evaluates the polyline through the points
%   (xs(k), ys(k)) at every element of xq; xs must be strictly increasing.
n = numel(xs);
if numel(ys) ~= n
    error('rm_interp1: xs and ys must have the same length');
end
for k = 2:n
    if xs(k) <= xs(k - 1)
        error('rm_interp1: xs must be strictly increasing');
    end
end
nq = numel(xq);
yq = zeros(1, nq);
if nq == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    yq(1) = yq(1);
end
for k = 1:nq
    x = xq(k);
    j = rm_findinterval(xs, x);
    t = (x - xs(j)) / (xs(j + 1) - xs(j));
    yq(k) = ys(j) + t * (ys(j + 1) - ys(j));
end
end
