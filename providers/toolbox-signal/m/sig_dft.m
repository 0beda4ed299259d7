function [re, im] = sig_dft(x)
%SIG_DFT Naive discrete Fourier transform of a real signal, as real and imaginary parts.
%   [re, im] = sig_dft(x) returns row vectors with
%   X(k+1) = sum_n x(n+1) * exp(-2i*pi*k*n/N), k = 0 .. N-1, split into
%   re = real(X) and im = imag(X). O(N^2); meant for short signals.
n = numel(x);
re = zeros(1, n);
im = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    re(1) = re(1);
    im(1) = im(1);
end
for k = 0:n - 1
    sr = 0;
    si = 0;
    for m = 0:n - 1
        ang = 2 * pi * mod(k * m, n) / n;
        sr = sr + x(m + 1) * cos(ang);
        si = si - x(m + 1) * sin(ang);
    end
    re(k + 1) = sr;
    im(k + 1) = si;
end
end
