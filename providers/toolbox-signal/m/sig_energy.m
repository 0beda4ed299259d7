function e = sig_energy(x, fs)
%SIG_ENERGY Energy of a sampled signal: sum of squares, optionally times 1/fs.
%   e = sig_energy(x) returns sum(x.^2) through rm_dot;
%   e = sig_energy(x, fs) scales by the sampling interval 1/fs to
%   approximate the integral of x(t)^2. fs defaults to 1.
if nargin < 2
    fs = 1;
end
if fs <= 0
    error('sig_energy: sample rate must be positive');
end
e = rm_dot(x, x) / fs;
end
