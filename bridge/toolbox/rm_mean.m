function m = rm_mean(x)
%RM_MEAN Arithmetic mean of the elements of a vector.
%   m = rm_mean(x) returns the sum of the elements of x divided by their
%   count. An empty input is an error.
n = numel(x);
if n == 0
    error('rm_mean: input must not be empty');
end
s = 0;
for k = 1:n
    s = s + x(k);
end
m = s / n;
end
