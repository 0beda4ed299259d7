function out = rm_titlecase(s)
%RM_TITLECASE Capitalise the first letter of every space-separated word.
%   out = rm_titlecase(s) lower-cases s, then upper-cases each ASCII letter
%   that starts the string or follows a space.
n = numel(s);
if n == 0
    out = '';
    return;
end
codes = double(lower(s));
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    codes(1) = codes(1);
end
atstart = true;
for k = 1:n
    ch = codes(k);
    if ch == 32
        atstart = true;
    elseif atstart
        if ch >= 97 && ch <= 122
            codes(k) = ch - 32;
        end
        atstart = false;
    end
end
out = char(codes);
end
