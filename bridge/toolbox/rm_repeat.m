function out = rm_repeat(s, n)
%RM_REPEAT Concatenate n copies of a character vector.
%   out = rm_repeat(s, n) returns s repeated n times (n >= 0, default 2).
if nargin < 2
    n = 2;
end
if n < 0 || n ~= floor(n)
    error('rm_repeat: count must be a non-negative integer');
end
out = '';
for k = 1:n
    out = horzcat(out, s);
end
end
