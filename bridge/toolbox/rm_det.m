function d = rm_det(A)
%RM_DET Determinant from the LU factorisation with partial pivoting.
%   d = rm_det(A) multiplies the diagonal of U from rm_lup by the sign of
%   the row permutation; a singular matrix gives 0.
n = size(A, 1);
if size(A, 2) ~= n
    error('rm_det: matrix must be square');
end
if n == 0
    d = 1;
    return;
end
[L, U, p, sgn] = rm_lup(A);
d = sgn;
for k = 1:n
    d = d * U(k, k);
end
end
