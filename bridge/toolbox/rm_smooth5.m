function y = rm_smooth5(x)
%RM_SMOOTH5 Five-point Savitzky-Golay (quadratic) smoothing of a signal.
%   y = rm_smooth5(x) applies the weights [-3 12 17 12 -3] / 35 at interior
%   points, a three-point average next to the ends and keeps both end
%   samples unchanged. Signals shorter than five samples are copied.
n = numel(x);
y = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    y(1) = y(1);
end
for k = 1:n
    y(k) = x(k);
end
if n < 5
    return;
end
y(2) = (x(1) + x(2) + x(3)) / 3;
y(n - 1) = (x(n - 2) + x(n - 1) + x(n)) / 3;
for k = 3:n - 2
    s = -3 * x(k - 2) + 12 * x(k - 1) + 17 * x(k) + 12 * x(k + 1) - 3 * x(k + 2);
    y(k) = s / 35;
end
end
