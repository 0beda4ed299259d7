function q = rm_simpson(fid, a, b, n)
%RM_SIMPSON Composite Simpson rule for built-in test problem fid.
%   q = rm_simpson(fid, a, b, n) uses n panels (n even, default 16).
if nargin < 4
    n = 16;
end
if n < 2 || mod(n, 2) ~= 0
    error('rm_simpson: the number of panels must be a positive even number');
end
h = (b - a) / n;
s = rm_testfun(fid, a) + rm_testfun(fid, b);
for k = 1:n - 1
    xk = a + k * h;
    if mod(k, 2) == 1
        s = s + 4 * rm_testfun(fid, xk);
    else
        s = s + 2 * rm_testfun(fid, xk);
    end
end
q = s * h / 3;
end
