function x = rm_forward_sub(L, b, unit)
%RM_FORWARD_SUB Solve a lower triangular system L * x = b by forward substitution.
%   x = rm_forward_sub(L, b) uses the diagonal of L; x = rm_forward_sub(L,
%   b, true) assumes a unit diagonal. Returns a column vector.
if nargin < 3
    unit = false;
end
n = size(L, 1);
if numel(b) ~= n
    error('rm_forward_sub: dimension mismatch');
end
x = zeros(n, 1);
if n == 1
    % RunMat 0.6.2: A(r, c) on a plain scalar fails; store a 1x1 as an array
    L(1) = L(1);
end
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    x(1) = x(1);
end
for r = 1:n
    s = b(r);
    for c = 1:r - 1
        s = s - L(r, c) * x(c);
    end
    if unit
        x(r) = s;
    else
        if L(r, r) == 0
            error('rm_forward_sub: zero on the diagonal');
        end
        x(r) = s / L(r, r);
    end
end
end
