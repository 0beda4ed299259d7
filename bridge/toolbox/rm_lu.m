function [L, U] = rm_lu(A)
%RM_LU Doolittle LU factorisation without pivoting, A = L * U.
%   [L, U] = rm_lu(A) returns a unit lower triangular L and an upper
%   triangular U. Fails on a zero pivot; use rm_lup for general matrices.
n = size(A, 1);
if size(A, 2) ~= n
    error('rm_lu: matrix must be square');
end
L = eye(n);
U = A;
for k = 1:n - 1
    if U(k, k) == 0
        error('rm_lu: zero pivot in column %d, use rm_lup', k);
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
