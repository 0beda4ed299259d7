function [xr, xi] = sig_idft(re, im)
%SIG_IDFT Naive inverse DFT from real and imaginary parts of a spectrum.
%   [xr, xi] = sig_idft(re, im) returns the real and imaginary parts of
%   x(n+1) = (1/N) * sum_k (re(k+1) + i*im(k+1)) * exp(2i*pi*k*n/N).
%   im defaults to zeros. For the DFT of a real signal xi is ~0.
n = numel(re);
if nargin < 2
    im = zeros(1, n);
end
if numel(im) ~= n
    error('sig_idft: re and im must have the same length');
end
xr = zeros(1, n);
xi = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    xr(1) = xr(1);
    xi(1) = xi(1);
end
for m = 0:n - 1
    sr = 0;
    si = 0;
    for k = 0:n - 1
        ang = 2 * pi * mod(k * m, n) / n;
        c = cos(ang);
        s = sin(ang);
        sr = sr + re(k + 1) * c - im(k + 1) * s;
        si = si + re(k + 1) * s + im(k + 1) * c;
    end
    xr(m + 1) = sr / n;
    xi(m + 1) = si / n;
end
end
