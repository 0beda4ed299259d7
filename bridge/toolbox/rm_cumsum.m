function c = rm_cumsum(x)
%RM_CUMSUM Cumulative sum of a vector, returned as a row vector.
%   c = rm_cumsum(x) returns c(k) = x(1) + x(2) + x(3) + up to x(k).
n = numel(x);
c = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    c(1) = c(1);
end
acc = 0;
for k = 1:n
    acc = acc + x(k);
    c(k) = acc;
end
end
