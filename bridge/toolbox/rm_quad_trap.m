function q = rm_quad_trap(fid, a, b, n)
%RM_QUAD_TRAP Composite trapezoid rule for built-in test problem fid.
%   q = rm_quad_trap(fid, a, b, n) samples f at n + 1 equally spaced points
%   (n defaults to 64) and applies rm_trapz.
if nargin < 4
    n = 64;
end
if n < 1
    error('rm_quad_trap: need at least one panel');
end
x = rm_linspace(a, b, n + 1);
y = zeros(1, n + 1);
for k = 1:n + 1
    y(k) = rm_testfun(fid, x(k));
end
q = rm_trapz(x, y);
end
