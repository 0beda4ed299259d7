function v = sig_rms(x)
%SIG_RMS Root-mean-square value of a signal.
%   v = sig_rms(x) returns sqrt(sig_energy(x) / numel(x)). An empty
%   signal is an error.
n = numel(x);
if n == 0
    error('sig_rms: signal must not be empty');
end
v = sqrt(sig_energy(x) / n);
end
