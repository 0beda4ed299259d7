function x = rm_back_sub(U, b)
%RM_BACK_SUB Solve an upper triangular system U * x = b by back substitution.
%   x = rm_back_sub(U, b) returns a column vector; a zero diagonal entry
%   (singular system) is an error.
n = size(U, 1);
if numel(b) ~= n
    error('rm_back_sub: dimension mismatch');
end
x = zeros(n, 1);
if n == 1
    % RunMat 0.6.2: A(r, c) on a plain scalar fails; store a 1x1 as an array
    U(1) = U(1);
end
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    x(1) = x(1);
end
for r = n:-1:1
    s = b(r);
    for c = r + 1:n
        s = s - U(r, c) * x(c);
    end
    if U(r, r) == 0
        error('rm_back_sub: matrix is singular');
    end
    x(r) = s / U(r, r);
end
end
