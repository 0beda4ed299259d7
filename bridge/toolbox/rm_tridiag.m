function x = rm_tridiag(a, b, c, d)
%RM_TRIDIAG Solve a tridiagonal system with the Thomas algorithm.
%   x = rm_tridiag(a, b, c, d) solves the system whose sub-diagonal is a
%   (a(1) unused), diagonal b, super-diagonal c (c(n) unused) and right
%   hand side d. Returns a column vector. No pivoting is performed.
n = numel(b);
if numel(a) ~= n || numel(c) ~= n || numel(d) ~= n
    error('rm_tridiag: all four inputs must have the same length');
end
cp = zeros(n, 1);
dp = zeros(n, 1);
if b(1) == 0
    error('rm_tridiag: zero pivot');
end
cp(1) = c(1) / b(1);
dp(1) = d(1) / b(1);
for k = 2:n
    den = b(k) - a(k) * cp(k - 1);
    if den == 0
        error('rm_tridiag: zero pivot');
    end
    cp(k) = c(k) / den;
    dp(k) = (d(k) - a(k) * dp(k - 1)) / den;
end
x = zeros(n, 1);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    x(1) = x(1);
end
x(n) = dp(n);
for k = n - 1:-1:1
    x(k) = dp(k) - cp(k) * x(k + 1);
end
end
