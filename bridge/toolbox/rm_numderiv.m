function d = rm_numderiv(fid, x, h)
%RM_NUMDERIV Central-difference derivative of built-in test problem fid.
%   d = rm_numderiv(fid, x, h) returns (f(x + h) - f(x - h)) / (2 h); the
%   step h defaults to 1e-6 scaled by max(1, abs(x)).
if nargin < 3
    h = 1e-6 * max(1, abs(x));
end
if h <= 0
    error('rm_numderiv: step must be positive');
end
fp = rm_testfun(fid, x + h);
fm = rm_testfun(fid, x - h);
d = (fp - fm) / (2 * h);
end
