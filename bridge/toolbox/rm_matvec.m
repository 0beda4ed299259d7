function y = rm_matvec(A, x)
%RM_MATVEC Matrix-vector product y = A * x with explicit loops.
%   y = rm_matvec(A, x) returns a column vector of length size(A, 1).
m = size(A, 1);
n = size(A, 2);
if numel(x) ~= n
    error('rm_matvec: inner dimensions do not agree');
end
y = zeros(m, 1);
if m * n == 1
    % RunMat 0.6.2: A(r, c) on a plain scalar fails; store a 1x1 as an array
    A(1) = A(1);
end
if m == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    y(1) = y(1);
end
for r = 1:m
    s = 0;
    for c = 1:n
        s = s + A(r, c) * x(c);
    end
    y(r) = s;
end
end
