function [x, L, U, p] = rm_lu_solve(A, b)
%RM_LU_SOLVE Solve A * x = b through an LU factorisation with partial pivoting.
%   [x, L, U, p] = rm_lu_solve(A, b) factorises with rm_lup, permutes b,
%   then runs rm_forward_sub and rm_back_sub. Returns a column vector x.
n = size(A, 1);
if numel(b) ~= n
    error('rm_lu_solve: right-hand side has the wrong length');
end
[L, U, p] = rm_lup(A);
pb = zeros(n, 1);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    pb(1) = pb(1);
end
for k = 1:n
    pb(k) = b(p(k));
end
y = rm_forward_sub(L, pb, true);
x = rm_back_sub(U, y);
end
