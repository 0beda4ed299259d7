function [Q, R] = rm_qr_gs(A)
%RM_QR_GS Thin QR factorisation by modified Gram-Schmidt, A = Q * R.
%   [Q, R] = rm_qr_gs(A) for an m-by-n A (m >= n, full column rank)
%   returns Q with orthonormal columns and an upper triangular n-by-n R
%   with a positive diagonal.
m = size(A, 1);
n = size(A, 2);
if m < n
    error('rm_qr_gs: need at least as many rows as columns');
end
Q = A;
R = zeros(n, n);
if m * n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    Q(1) = Q(1);
end
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    R(1) = R(1);
end
for k = 1:n
    v = Q(:, k);
    R(k, k) = rm_vnorm(v);
    if R(k, k) == 0
        error('rm_qr_gs: columns are linearly dependent');
    end
    Q(:, k) = v / R(k, k);
    for c = k + 1:n
        R(k, c) = rm_dot(Q(:, k), Q(:, c));
        Q(:, c) = Q(:, c) - R(k, c) * Q(:, k);
    end
end
end
