function s = rm_expsmooth(x, alpha)
%RM_EXPSMOOTH Simple exponential smoothing of a signal.
%   s = rm_expsmooth(x, alpha) returns s(1) = x(1) and
%   s(k) = alpha * x(k) + (1 - alpha) * s(k - 1); alpha defaults to 0.5.
if nargin < 2
    alpha = 0.5;
end
if alpha <= 0 || alpha > 1
    error('rm_expsmooth: alpha must lie in (0, 1]');
end
n = numel(x);
s = zeros(1, n);
if n == 0
    return;
end
s(1) = x(1);
for k = 2:n
    s(k) = alpha * x(k) + (1 - alpha) * s(k - 1);
end
end
