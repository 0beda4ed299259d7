function q = rm_percentile(x, p)
%RM_PERCENTILE Percentiles of a vector with linear interpolation.
%   q = rm_percentile(x, p) returns, for each p(k) in [0, 100], the value
%   at position 1 + (n - 1) * p(k) / 100 of the sorted data, interpolating
%   linearly between neighbouring order statistics. p defaults to 50.
if nargin < 2
    p = 50;
end
n = numel(x);
if n == 0
    error('rm_percentile: input must not be empty');
end
s = rm_isort(x);
np = numel(p);
q = zeros(1, np);
if np == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    q(1) = q(1);
end
for k = 1:np
    pk = p(k);
    if pk < 0 || pk > 100
        error('rm_percentile: percentiles must lie in [0, 100]');
    end
    pos = 1 + (n - 1) * pk / 100;
    lo = floor(pos);
    frac = pos - lo;
    if lo >= n
        q(k) = s(n);
    else
        q(k) = s(lo) + frac * (s(lo + 1) - s(lo));
    end
end
end
