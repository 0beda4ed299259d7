function d = rm_diff(x, order)
%RM_DIFF Forward differences of a vector, applied order times.
%   d = rm_diff(x) returns x(2) - x(1) up to x(n) - x(n - 1) as a row
%   vector; d = rm_diff(x, order) repeats the operation order times.
if nargin < 2
    order = 1;
end
if order < 0 || order ~= floor(order)
    error('rm_diff: order must be a non-negative integer');
end
n = numel(x);
d = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    d(1) = d(1);
end
for k = 1:n
    d(k) = x(k);
end
for pass = 1:order
    m = numel(d);
    if m <= 1
        d = zeros(1, 0);
        return;
    end
    nd = zeros(1, m - 1);
    if m == 2
        % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
        nd(1) = nd(1);
    end
    for k = 1:m - 1
        nd(k) = d(k + 1) - d(k);
    end
    d = nd;
end
end
