function [x, t] = sig_sine(n, f, fs, amp, phase)
%SIG_SINE Sampled sinusoid amp * sin(2*pi*f*t + phase) at t = (0 .. n-1) / fs.
%   [x, t] = sig_sine(n, f, fs, amp, phase) returns n samples and the time
%   axis (rm_linspace). fs defaults to 1 (f in cycles per sample), amp to
%   1 and phase (radians) to 0.
if nargin < 3
    fs = 1;
end
if nargin < 4
    amp = 1;
end
if nargin < 5
    phase = 0;
end
if n < 1 || n ~= floor(n)
    error('sig_sine: n must be a positive integer');
end
x = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    x(1) = x(1);
end
for k = 1:n
    x(k) = amp * sin(2 * pi * f * (k - 1) / fs + phase);
end
t = rm_linspace(0, (n - 1) / fs, n);
end
