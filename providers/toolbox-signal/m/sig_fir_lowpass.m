function h = sig_fir_lowpass(ntaps, fc, wintype)
%SIG_FIR_LOWPASS Windowed-sinc low-pass FIR design with unit DC gain.
%   h = sig_fir_lowpass(ntaps, fc) returns ntaps linear-phase taps with the
%   cutoff fc in cycles per sample (0 < fc < 0.5): the ideal response
%   2*fc*sinc(2*fc*(k - M/2)), k = 0 .. M = ntaps-1, times a window, scaled
%   so that sum(h) = 1. wintype is 'hamming' (default), 'hann' or 'rect'.
if nargin < 3
    wintype = 'hamming';
end
if ntaps < 1 || ntaps ~= floor(ntaps)
    error('sig_fir_lowpass: ntaps must be a positive integer');
end
if fc <= 0 || fc >= 0.5
    error('sig_fir_lowpass: fc must lie strictly between 0 and 0.5');
end
if strcmp(wintype, 'hamming')
    w = sig_hamming(ntaps);
elseif strcmp(wintype, 'hann')
    w = sig_hann(ntaps);
elseif strcmp(wintype, 'rect')
    w = ones(1, ntaps);
else
    error('sig_fir_lowpass: unknown window type');
end
h = zeros(1, ntaps);
if ntaps == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    h(1) = h(1);
end
mid = (ntaps - 1) / 2;
for k = 1:ntaps
    t = 2 * fc * (k - 1 - mid);
    if t == 0
        s = 1;
    else
        s = sin(pi * t) / (pi * t);
    end
    h(k) = 2 * fc * s * w(k);
end
total = sum(h);
if total == 0
    error('sig_fir_lowpass: taps sum to zero, cannot normalize');
end
h = h / total;
end
