function v = rm_var(x, w)
%RM_VAR Variance of a vector (sample by default, population when w is 1).
%   v = rm_var(x) normalises by n - 1; v = rm_var(x, 1) normalises by n.
if nargin < 2
    w = 0;
end
n = numel(x);
if n == 0
    error('rm_var: input must not be empty');
end
if n == 1
    v = 0;
    return;
end
mu = rm_mean(x);
acc = 0;
for k = 1:n
    d = x(k) - mu;
    acc = acc + d * d;
end
if w == 1
    v = acc / n;
else
    v = acc / (n - 1);
end
end
