function d = rm_polyder(p)
%RM_POLYDER Coefficients of the derivative of a polynomial.
%   d = rm_polyder(p) differentiates the polynomial with descending-power
%   coefficients p; a constant polynomial gives 0.
n = numel(p);
if n <= 1
    d = 0;
    return;
end
d = zeros(1, n - 1);
if n == 2
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    d(1) = d(1);
end
for k = 1:n - 1
    d(k) = p(k) * (n - k);
end
end
