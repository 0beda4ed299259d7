function [counts, nout] = rm_histc(x, edges)
%RM_HISTC Histogram counts of a vector over sorted bin edges.
%   [counts, nout] = rm_histc(x, edges) counts the values falling in each
%   bin [edges(k), edges(k+1)); the last bin also includes its right edge.
%   Values outside [edges(1), edges(end)] are counted in nout.
ne = numel(edges);
if ne < 2
    error('rm_histc: need at least two edges');
end
for k = 2:ne
    if edges(k) <= edges(k - 1)
        error('rm_histc: edges must be strictly increasing');
    end
end
counts = zeros(1, ne - 1);
if ne == 2
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    counts(1) = counts(1);
end
nout = 0;
for k = 1:numel(x)
    v = x(k);
    if v < edges(1) || v > edges(ne)
        nout = nout + 1;
    else
        b = rm_findinterval(edges, v);
        counts(b) = counts(b) + 1;
    end
end
end
