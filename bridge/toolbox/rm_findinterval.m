function k = rm_findinterval(xs, x)
%RM_FINDINTERVAL Binary search for the interval of sorted breakpoints holding x.
%   k = rm_findinterval(xs, x) returns k with xs(k) <= x < xs(k+1) for
%   interior points. Points left of xs(1) map to 1 and points at or right
%   of xs(end) map to numel(xs) - 1, so callers can extrapolate.
n = numel(xs);
if n < 2
    error('rm_findinterval: need at least two breakpoints');
end
if x <= xs(1)
    k = 1;
    return;
end
if x >= xs(n)
    k = n - 1;
    return;
end
lo = 1;
hi = n;
while hi - lo > 1
    mid = floor((lo + hi) / 2);
    if xs(mid) <= x
        lo = mid;
    else
        hi = mid;
    end
end
k = lo;
end
