function [L, U, p, sgn] = rm_lup(A)
%RM_LUP LU factorisation with partial pivoting, A(p, :) = L * U.
%   [L, U, p, sgn] = rm_lup(A) returns unit lower triangular L, upper
%   triangular U, the row permutation p (column vector) and its sign sgn
%   (+1 or -1). A singular matrix gives a zero on the diagonal of U.
n = size(A, 1);
if size(A, 2) ~= n
    error('rm_lup: matrix must be square');
end
L = eye(n);
U = A;
p = zeros(n, 1);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    % (and before U(k, k) can be read by callers)
    p(1) = p(1);
    L(1) = L(1);
    U(1) = U(1);
end
for k = 1:n
    p(k) = k;
end
sgn = 1;
for k = 1:n - 1
    piv = k;
    best = abs(U(k, k));
    for r = k + 1:n
        if abs(U(r, k)) > best
            best = abs(U(r, k));
            piv = r;
        end
    end
    if best == 0
        continue;
    end
    if piv ~= k
        tmp = U(k, :);
        U(k, :) = U(piv, :);
        U(piv, :) = tmp;
        for c = 1:k - 1
            t = L(k, c);
            L(k, c) = L(piv, c);
            L(piv, c) = t;
        end
        t = p(k);
        p(k) = p(piv);
        p(piv) = t;
        sgn = -sgn;
    end
    for r = k + 1:n
        f = U(r, k) / U(k, k);
        L(r, k) = f;
        U(r, k) = 0;
        for c = k + 1:n
            U(r, c) = U(r, c) - f * U(k, c);
        end
    end
end
end
