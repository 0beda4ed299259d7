function q = rm_gauss3(fid, a, b, m)
%RM_GAUSS3 Composite 3-point Gauss-Legendre quadrature for test problem fid.
%   q = rm_gauss3(fid, a, b, m) splits [a, b] into m equal panels
%   (default 1) and applies the rule with nodes 0, +-sqrt(3/5) and
%   weights 8/9, 5/9 on each; it is exact for polynomials up to degree 5.
if nargin < 4
    m = 1;
end
if m < 1
    error('rm_gauss3: need at least one panel');
end
r = sqrt(3 / 5);
w0 = 8 / 9;
w1 = 5 / 9;
width = (b - a) / m;
q = 0;
for k = 1:m
    xl = a + (k - 1) * width;
    xr = xl + width;
    c = (xl + xr) / 2;
    hh = (xr - xl) / 2;
    s = w1 * rm_testfun(fid, c - hh * r) + w0 * rm_testfun(fid, c);
    s = s + w1 * rm_testfun(fid, c + hh * r);
    q = q + hh * s;
end
end
