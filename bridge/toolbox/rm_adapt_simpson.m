function [q, nevals] = rm_adapt_simpson(fid, a, b, tol, maxdepth)
%RM_ADAPT_SIMPSON Adaptive Simpson quadrature for built-in test problem fid.
%   [q, nevals] = rm_adapt_simpson(fid, a, b, tol, maxdepth) splits
%   [a, b] until the Richardson error estimate of every piece is below its
%   share of tol (default 1e-10) or maxdepth (default 40) is reached. An
%   explicit stack replaces recursion; nevals counts function evaluations.
if nargin < 4
    tol = 1e-10;
end
if nargin < 5
    maxdepth = 40;
end
fa = rm_testfun(fid, a);
fb = rm_testfun(fid, b);
m = (a + b) / 2;
fm = rm_testfun(fid, m);
nevals = 3;
whole = (b - a) / 6 * (fa + 4 * fm + fb);
stack = zeros(maxdepth + 2, 8);
top = 1;
stack(1, :) = [a, b, fa, fm, fb, whole, tol, 0];
q = 0;
while top > 0
    row = stack(top, :);
    top = top - 1;
    lo = row(1);
    hi = row(2);
    flo = row(3);
    fmid = row(4);
    fhi = row(5);
    est = row(6);
    ptol = row(7);
    depth = row(8);
    mid = (lo + hi) / 2;
    fl = rm_testfun(fid, (lo + mid) / 2);
    fr = rm_testfun(fid, (mid + hi) / 2);
    nevals = nevals + 2;
    left = (mid - lo) / 6 * (flo + 4 * fl + fmid);
    right = (hi - mid) / 6 * (fmid + 4 * fr + fhi);
    delta = left + right - est;
    if depth >= maxdepth || abs(delta) <= 15 * ptol
        q = q + left + right + delta / 15;
    else
        top = top + 1;
        stack(top, :) = [mid, hi, fmid, fr, fhi, right, ptol / 2, depth + 1];
        top = top + 1;
        stack(top, :) = [lo, mid, flo, fl, fmid, left, ptol / 2, depth + 1];
    end
end
end
