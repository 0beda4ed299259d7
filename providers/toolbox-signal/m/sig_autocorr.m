function [r, lags] = sig_autocorr(x, maxlag)
%SIG_AUTOCORR Normalized autocorrelation (ACF) of a signal for lags 0 .. maxlag.
%   [r, lags] = sig_autocorr(x, maxlag) removes the mean (rm_mean),
%   correlates the result with itself by sig_xcorr and divides by the
%   lag-0 value, so r(1) = 1. maxlag defaults to numel(x) - 1. A constant
%   signal is an error.
n = numel(x);
if nargin < 2
    maxlag = n - 1;
end
if maxlag < 0 || maxlag > n - 1
    error('sig_autocorr: maxlag must lie between 0 and numel(x) - 1');
end
mu = rm_mean(x);
d = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    d(1) = d(1);
end
for k = 1:n
    d(k) = x(k) - mu;
end
cc = sig_xcorr(d);
c0 = cc(n);
if c0 == 0
    error('sig_autocorr: constant signal has no autocorrelation');
end
r = zeros(1, maxlag + 1);
if maxlag == 0
    r(1) = r(1);
end
for k = 0:maxlag
    r(k + 1) = cc(n + k) / c0;
end
lags = 0:maxlag;
end
