function nrm = rm_vnorm(v, p)
%RM_VNORM Vector p-norm (p = 2 by default, also 1 and Inf).
%   nrm = rm_vnorm(v) is the Euclidean length sqrt(rm_dot(v, v));
%   rm_vnorm(v, 1) sums magnitudes and rm_vnorm(v, Inf) takes the largest.
if nargin < 2
    p = 2;
end
n = numel(v);
if p == 2
    nrm = sqrt(rm_dot(v, v));
elseif p == 1
    nrm = 0;
    for k = 1:n
        nrm = nrm + abs(v(k));
    end
elseif isinf(p)
    nrm = 0;
    for k = 1:n
        if abs(v(k)) > nrm
            nrm = abs(v(k));
        end
    end
else
    error('rm_vnorm: unsupported norm order');
end
end
