function s = rm_dot(a, b)
%RM_DOT Dot product of two vectors of equal length.
%   s = rm_dot(a, b) returns the sum of a(k) * b(k); orientation is ignored.
n = numel(a);
if numel(b) ~= n
    error('rm_dot: vectors must have the same length');
end
s = 0;
for k = 1:n
    s = s + a(k) * b(k);
end
end
