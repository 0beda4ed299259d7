function [idx, vals] = sig_peaks(x, minheight)
%SIG_PEAKS Strict interior local maxima of a signal at or above a threshold.
%   [idx, vals] = sig_peaks(x, minheight) returns the indices k (row
%   vector) with x(k-1) < x(k) > x(k+1) and x(k) >= minheight, and the
%   values x(k). Without minheight every local maximum counts. Ends and
%   plateaus are never peaks; no peak gives two empty results.
% (no -Inf default: a literal Inf in a library function fails the rmsnap build)
usemin = nargin >= 2;
if ~usemin
    minheight = 0;
end
n = numel(x);
count = 0;
for k = 2:n - 1
    if x(k) > x(k - 1) && x(k) > x(k + 1) && (~usemin || x(k) >= minheight)
        count = count + 1;
    end
end
idx = zeros(1, count);
vals = zeros(1, count);
if count == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    idx(1) = idx(1);
    vals(1) = vals(1);
end
j = 0;
for k = 2:n - 1
    if x(k) > x(k - 1) && x(k) > x(k + 1) && (~usemin || x(k) >= minheight)
        j = j + 1;
        idx(j) = k;
        vals(j) = x(k);
    end
end
end
