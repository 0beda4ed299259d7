function q = rm_trapz(x, y)
%RM_TRAPZ Trapezoidal rule integral of sampled data.
%   q = rm_trapz(y) integrates y with unit spacing; q = rm_trapz(x, y)
%   integrates y over the (not necessarily uniform) abscissae x.
if nargin < 2
    y = x;
    n = numel(y);
    x = zeros(1, n);
    if n == 1
        % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
        x(1) = x(1);
    end
    for k = 1:n
        x(k) = k;
    end
end
n = numel(x);
if numel(y) ~= n
    error('rm_trapz: x and y must have the same length');
end
q = 0;
for k = 1:n - 1
    q = q + (x(k + 1) - x(k)) * (y(k) + y(k + 1)) / 2;
end
end
