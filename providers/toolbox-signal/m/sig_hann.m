function w = sig_hann(n, periodic)
%SIG_HANN Hann (raised cosine) window of n points as a row vector.
%   w = sig_hann(n) is the symmetric window 0.5 - 0.5 * cos(2*pi*k/(n-1)),
%   k = 0 .. n-1, which is zero at both ends; w = sig_hann(n, true) is the
%   periodic variant (denominator n) used before a DFT. Built on
%   sig_cosine_window with a0 = 0.5.
if nargin < 2
    periodic = false;
end
w = sig_cosine_window(n, 0.5, periodic);
end
