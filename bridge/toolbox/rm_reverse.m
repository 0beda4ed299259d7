function out = rm_reverse(s)
%RM_REVERSE Reverse the characters of a character vector.
%   out = rm_reverse(s) returns s read from the last character to the first.
n = numel(s);
if n == 0
    out = '';
    return;
end
codes = double(s);
rev = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    rev(1) = rev(1);
end
for k = 1:n
    rev(k) = codes(n - k + 1);
end
out = char(rev);
end
