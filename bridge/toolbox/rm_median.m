function m = rm_median(x)
%RM_MEDIAN Median of a vector, computed from an insertion sort.
%   m = rm_median(x) returns the middle order statistic for odd lengths
%   and the mean of the two middle ones for even lengths.
n = numel(x);
if n == 0
    error('rm_median: input must not be empty');
end
s = rm_isort(x);
if mod(n, 2) == 1
    m = s((n + 1) / 2);
else
    h = n / 2;
    m = (s(h) + s(h + 1)) / 2;
end
end
