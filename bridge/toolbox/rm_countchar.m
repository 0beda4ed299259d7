function cnt = rm_countchar(s, ch)
%RM_COUNTCHAR Count the occurrences of a character in a character vector.
%   cnt = rm_countchar(s, ch) compares character codes, so the match is
%   case sensitive.
if numel(ch) ~= 1
    error('rm_countchar: second argument must be a single character');
end
codes = double(s);
target = double(ch);
cnt = 0;
for k = 1:numel(codes)
    if codes(k) == target
        cnt = cnt + 1;
    end
end
end
