function [snr, noise_rms] = sig_snr_db(ref, test)
%SIG_SNR_DB Signal-to-noise ratio in dB of test against the clean reference ref.
%   [snr, noise_rms] = sig_snr_db(ref, test) takes the noise as
%   test - ref and returns 20*log10(rms(ref) / rms(noise)) (sig_rms) and
%   the noise RMS. Identical signals give Inf.
n = numel(ref);
if numel(test) ~= n
    error('sig_snr_db: signals must have the same length');
end
noise = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    noise(1) = noise(1);
end
for k = 1:n
    noise(k) = test(k) - ref(k);
end
noise_rms = sig_rms(noise);
if noise_rms == 0
    % rmsnap: a literal Inf or NaN in a library function fails the snapshot
    % build (the constant does not round-trip), so compute it at run time
    snr = 1 / 0;
else
    snr = 20 * log10(sig_rms(ref) / noise_rms);
end
end
