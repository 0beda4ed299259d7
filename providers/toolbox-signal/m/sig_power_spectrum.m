function [p, f] = sig_power_spectrum(x, fs)
%SIG_POWER_SPECTRUM One-sided power spectrum of a real signal via sig_dft.
%   [p, f] = sig_power_spectrum(x, fs) returns p(k+1) = |X(k)|^2 / N^2 for
%   k = 0 .. floor(N/2), doubled for bins other than DC and Nyquist, so
%   sum(p) equals the mean square of x and a sine of amplitude A on a bin
%   gives A^2/2. f holds the bin frequencies (rm_linspace); fs defaults to 1.
if nargin < 2
    fs = 1;
end
n = numel(x);
if n == 0
    error('sig_power_spectrum: signal must not be empty');
end
[re, im] = sig_dft(x);
nh = floor(n / 2) + 1;
p = zeros(1, nh);
if nh == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    p(1) = p(1);
end
for k = 1:nh
    p(k) = (re(k) ^ 2 + im(k) ^ 2) / n ^ 2;
    if k > 1 && 2 * (k - 1) ~= n
        p(k) = 2 * p(k);
    end
end
f = rm_linspace(0, fs * (nh - 1) / n, nh);
end
