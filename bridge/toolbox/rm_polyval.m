function y = rm_polyval(p, x)
%RM_POLYVAL Evaluate a polynomial by Horner's scheme.
%   y = rm_polyval(p, x) evaluates p(1) * x^(n-1) + p(2) * x^(n-2) + p(n) at every
%   element of x (coefficients in descending powers, as in polyval).
%   Returns a row vector with one value per element of x.
n = numel(p);
nx = numel(x);
y = zeros(1, nx);
if nx == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    y(1) = y(1);
end
for k = 1:nx
    acc = 0;
    for c = 1:n
        acc = acc * x(k) + p(c);
    end
    y(k) = acc;
end
end
