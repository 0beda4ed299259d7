function [c, lags] = sig_xcorr(x, y)
%SIG_XCORR Full (raw, unnormalized) cross-correlation through rm_conv.
%   [c, lags] = sig_xcorr(x, y) returns c(m) = sum_n x(n + m) * y(n) for
%   lags m = -(numel(y)-1) .. numel(x)-1, computed as the convolution of x
%   with y reversed. y defaults to x (autocorrelation). lags is a row
%   vector of the same length as c.
if nargin < 2
    y = x;
end
ny = numel(y);
nx = numel(x);
if nx == 0 || ny == 0
    error('sig_xcorr: inputs must not be empty');
end
yr = zeros(1, ny);
if ny == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    yr(1) = yr(1);
end
for k = 1:ny
    yr(k) = y(ny - k + 1);
end
c = rm_conv(x, yr);
lags = -(ny - 1):(nx - 1);
end
