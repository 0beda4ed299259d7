function c = rm_conv(a, b)
%RM_CONV Full discrete convolution of two vectors (polynomial product).
%   c = rm_conv(a, b) returns the row vector of length numel(a) +
%   numel(b) - 1 with c(k) = sum of a(i) * b(k - i + 1) over valid i.
na = numel(a);
nb = numel(b);
if na == 0 || nb == 0
    c = zeros(1, 0);
    return;
end
c = zeros(1, na + nb - 1);
if na + nb == 2
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    c(1) = c(1);
end
for ia = 1:na
    for k = 1:nb
        c(ia + k - 1) = c(ia + k - 1) + a(ia) * b(k);
    end
end
end
