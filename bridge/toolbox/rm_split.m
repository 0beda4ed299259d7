function parts = rm_split(s, ch)
%RM_SPLIT Split a character vector at every occurrence of a delimiter.
%   parts = rm_split(s, ch) returns a 1-by-(k+1) cell array for k
%   delimiters (ch defaults to ','); empty fields are kept as ''.
if nargin < 2
    ch = ',';
end
nparts = rm_countchar(s, ch) + 1;
parts = cell(1, nparts);
codes = double(s);
if numel(codes) == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    codes(1) = codes(1);
end
target = double(ch);
n = numel(codes);
first = 1;
idx = 1;
for k = 1:n + 1
    if k == n + 1 || codes(k) == target
        if k > first
            parts{idx} = char(codes(first:k - 1));
        else
            parts{idx} = '';
        end
        idx = idx + 1;
        first = k + 1;
    end
end
end
