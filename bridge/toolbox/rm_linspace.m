function x = rm_linspace(a, b, n)
%RM_LINSPACE Row vector of n equally spaced points from a to b.
%   x = rm_linspace(a, b, n) returns n points (default 100) with x(1) = a
%   and x(n) = b exactly.
if nargin < 3
    n = 100;
end
n = floor(n);
if n < 1
    x = zeros(1, 0);
    return;
end
if n == 1
    x = b;
    return;
end
x = zeros(1, n);
step = (b - a) / (n - 1);
for k = 1:n - 1
    x(k) = a + (k - 1) * step;
end
x(n) = b;
end
