function [y, slope, intercept] = sig_detrend(x)
%SIG_DETREND Remove the least-squares straight line from a signal.
%   [y, slope, intercept] = sig_detrend(x) fits x(k) ~ slope * k +
%   intercept over k = 1 .. n with rm_linreg and returns the residual
%   y = x - fit as a row vector along with the line. n must be at least 2.
n = numel(x);
if n < 2
    error('sig_detrend: need at least two samples');
end
t = 1:n;
xr = zeros(1, n);
for k = 1:n
    xr(k) = x(k);
end
[slope, intercept] = rm_linreg(t, xr);
y = zeros(1, n);
for k = 1:n
    y(k) = xr(k) - (slope * k + intercept);
end
end
