function w = sig_hamming(n, periodic)
%SIG_HAMMING Hamming window of n points as a row vector.
%   w = sig_hamming(n) is the symmetric window 0.54 - 0.46 * cos(2*pi*k/(n-1)),
%   k = 0 .. n-1, with 0.08 at both ends; w = sig_hamming(n, true) is the
%   periodic variant (denominator n). Built on sig_cosine_window with
%   a0 = 0.54.
if nargin < 2
    periodic = false;
end
w = sig_cosine_window(n, 0.54, periodic);
end
