function [s, idx] = rm_isort(x)
%RM_ISORT Stable ascending insertion sort of a vector.
%   [s, idx] = rm_isort(x) returns the sorted values s (row vector) and
%   the permutation idx such that s(k) == x(idx(k)).
n = numel(x);
s = zeros(1, n);
idx = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    s(1) = s(1);
    idx(1) = idx(1);
end
for k = 1:n
    s(k) = x(k);
    idx(k) = k;
end
for k = 2:n
    v = s(k);
    vi = idx(k);
    pos = k - 1;
    while pos >= 1 && s(pos) > v
        s(pos + 1) = s(pos);
        idx(pos + 1) = idx(pos);
        pos = pos - 1;
    end
    s(pos + 1) = v;
    idx(pos + 1) = vi;
end
end
