function [f, seq] = rm_fib(n)
%RM_FIB n-th Fibonacci number and the sequence up to it.
%   [f, seq] = rm_fib(n) uses F(0) = 0, F(1) = 1; seq holds F(1) to F(n)
%   as a row vector (empty for n = 0).
if n < 0 || n ~= floor(n)
    error('rm_fib: n must be a non-negative integer');
end
seq = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    seq(1) = seq(1);
end
if n == 0
    f = 0;
    return;
end
a = 0;
b = 1;
for k = 1:n
    seq(k) = b;
    t = a + b;
    a = b;
    b = t;
end
f = a;
end
