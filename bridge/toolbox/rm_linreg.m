function [slope, intercept, r2] = rm_linreg(x, y)
%RM_LINREG Least-squares straight line y = slope * x + intercept.
%   [slope, intercept, r2] = rm_linreg(x, y) fits the line by the
%   covariance formula and returns the coefficient of determination r2.
n = numel(x);
if numel(y) ~= n
    error('rm_linreg: x and y must have the same length');
end
vx = rm_var(x);
if vx == 0
    error('rm_linreg: x values are all equal');
end
slope = rm_cov(x, y) / vx;
intercept = rm_mean(y) - slope * rm_mean(x);
if rm_var(y) == 0
    r2 = 1;
else
    r = rm_corr(x, y);
    r2 = r * r;
end
end
