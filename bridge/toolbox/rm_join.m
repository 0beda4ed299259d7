function out = rm_join(parts, sep)
%RM_JOIN Join a cell array of character vectors with a separator.
%   out = rm_join(parts, sep) concatenates parts{1}, sep, parts{2}, sep, and so on;
%   sep defaults to ', '. An empty cell array gives ''.
if nargin < 2
    sep = ', ';
end
if ~iscell(parts)
    error('rm_join: first argument must be a cell array');
end
out = '';
n = numel(parts);
for k = 1:n
    piece = parts{k};
    if ~ischar(piece)
        error('rm_join: element %d is not a character vector', k);
    end
    if k > 1
        out = horzcat(out, sep);
    end
    out = horzcat(out, piece);
end
end
