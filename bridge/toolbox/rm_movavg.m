function y = rm_movavg(x, w)
%RM_MOVAVG Trailing moving average with a window of w samples.
%   y = rm_movavg(x, w) returns y(k) = mean(x(max(1, k - w + 1):k)); the
%   window shrinks at the start of the signal. w defaults to 3. The sums
%   come from rm_cumsum.
if nargin < 2
    w = 3;
end
if w < 1 || w ~= floor(w)
    error('rm_movavg: window must be a positive integer');
end
n = numel(x);
c = rm_cumsum(x);
y = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    y(1) = y(1);
end
for k = 1:n
    if k <= w
        y(k) = c(k) / k;
    else
        y(k) = (c(k) - c(k - w)) / w;
    end
end
end
