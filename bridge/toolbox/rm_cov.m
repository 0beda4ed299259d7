function c = rm_cov(x, y)
%RM_COV Sample covariance of two vectors of equal length.
%   c = rm_cov(x, y) returns sum((x - mean(x)) .* (y - mean(y))) / (n - 1).
n = numel(x);
if numel(y) ~= n
    error('rm_cov: inputs must have the same number of elements');
end
if n < 2
    error('rm_cov: need at least two observations');
end
mx = rm_mean(x);
my = rm_mean(y);
acc = 0;
for k = 1:n
    acc = acc + (x(k) - mx) * (y(k) - my);
end
c = acc / (n - 1);
end
