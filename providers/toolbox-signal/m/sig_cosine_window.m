function w = sig_cosine_window(n, a0, periodic)
%SIG_COSINE_WINDOW Generalized two-term cosine window a0 - (1 - a0) * cos(2*pi*k/D).
%   w = sig_cosine_window(n, a0) returns the symmetric window of n points
%   (D = n - 1, so w(1) = w(n) = 2*a0 - 1); with periodic true, D = n, the
%   form used for spectral analysis. a0 defaults to 0.5 (Hann) and
%   periodic to false. Returns a row vector; n = 1 gives 1.
if nargin < 2
    a0 = 0.5;
end
if nargin < 3
    periodic = false;
end
if n < 1 || n ~= floor(n)
    error('sig_cosine_window: n must be a positive integer');
end
if n == 1
    w = 1;
    return;
end
if periodic
    d = n;
else
    d = n - 1;
end
w = zeros(1, n);
for k = 1:n
    w(k) = a0 - (1 - a0) * cos(2 * pi * (k - 1) / d);
end
end
