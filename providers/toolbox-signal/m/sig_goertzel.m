function [pw, re, im] = sig_goertzel(x, k)
%SIG_GOERTZEL Single DFT bin by the Goertzel recurrence.
%   [pw, re, im] = sig_goertzel(x, k) evaluates X(k) = sum_n x(n+1) *
%   exp(-2i*pi*k*n/N) with the second-order recurrence
%   s(n) = x(n) + 2*cos(w)*s(n-1) - s(n-2), w = 2*pi*k/N. k need not be an
%   integer. pw = |X(k)|^2, re and im are its real and imaginary parts.
n = numel(x);
w = 2 * pi * k / n;
c = cos(w);
s1 = 0;
s2 = 0;
for m = 1:n
    s0 = x(m) + 2 * c * s1 - s2;
    s2 = s1;
    s1 = s0;
end
% y = s(N) - exp(-i*w) * s(N-1) equals exp(i*w*N) * X(k)
yr = c * s1 - s2;
yi = sin(w) * s1;
pw = yr ^ 2 + yi ^ 2;
cn = cos(w * n);
sn = sin(w * n);
re = yr * cn + yi * sn;
im = yi * cn - yr * sn;
end
