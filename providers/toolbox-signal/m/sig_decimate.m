function [y, h] = sig_decimate(x, r, ntaps)
%SIG_DECIMATE Reduce the sample rate by an integer factor after anti-alias filtering.
%   [y, h] = sig_decimate(x, r, ntaps) designs a Hamming windowed-sinc
%   low-pass h with sig_fir_lowpass (cutoff 0.5/r cycles per sample),
%   filters x with it in zero phase (sig_zero_phase) and keeps samples
%   1, 1+r, 1+2r, ... ntaps defaults to 8*r + 1; r = 1 copies x.
if nargin < 3
    ntaps = 8 * r + 1;
end
if r < 1 || r ~= floor(r)
    error('sig_decimate: factor must be a positive integer');
end
n = numel(x);
if r == 1
    % no filtering needed: copy the input as a row vector
    h = 1;
    y = zeros(1, n);
    if n == 1
        % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
        y(1) = y(1);
    end
    for k = 1:n
        y(k) = x(k);
    end
    return;
end
h = sig_fir_lowpass(ntaps, 0.5 / r);
f = sig_zero_phase(h, x);
m = floor((n - 1) / r) + 1;
y = zeros(1, m);
if m == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    y(1) = y(1);
end
for k = 1:m
    y(k) = f(1 + (k - 1) * r);
end
end
