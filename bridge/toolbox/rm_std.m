function s = rm_std(x, w)
%RM_STD Standard deviation of a vector (square root of rm_var).
%   s = rm_std(x) uses the sample normalisation n - 1;
%   s = rm_std(x, 1) uses the population normalisation n.
if nargin < 2
    w = 0;
end
if w ~= 0 && w ~= 1
    error('rm_std: weight flag must be 0 or 1');
end
v = rm_var(x, w);
if v < 0
    v = 0;
end
s = sqrt(v);
end
