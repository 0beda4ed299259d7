function [q, sqnr] = sig_quantize(x, nbits, fullscale)
%SIG_QUANTIZE Uniform mid-tread quantizer with nbits bits and clipping.
%   [q, sqnr] = sig_quantize(x, nbits, fullscale) rounds every sample to
%   the nearest multiple of step = 2*fullscale / 2^nbits (ties away from
%   zero), clips to [-fullscale, fullscale - step] and returns the
%   signal-to-quantization-noise ratio in dB (sig_snr_db). fullscale
%   defaults to 1.
if nargin < 3
    fullscale = 1;
end
if nbits < 1 || nbits ~= floor(nbits)
    error('sig_quantize: nbits must be a positive integer');
end
step = 2 * fullscale / 2 ^ nbits;
lo = -fullscale;
hi = fullscale - step;
n = numel(x);
q = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    q(1) = q(1);
end
for k = 1:n
    v = step * round(x(k) / step);
    if v < lo
        v = lo;
    elseif v > hi
        v = hi;
    end
    q(k) = v;
end
sqnr = sig_snr_db(x, q);
end
