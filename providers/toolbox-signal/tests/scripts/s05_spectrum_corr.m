% s05_spectrum_corr: power spectrum, cross-correlation and autocorrelation
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

x8 = [1, 0.5, -0.25, 2, -1.5, 0.75, 0, -0.5];
x9 = [0.5, 1.5, -0.75, 2.25, 0, -1.25, 1, 0.25, -0.5];
% a sine of amplitude 2 on bin 3 of 16 puts A^2/2 = 2 in that bin only
[p, f] = sig_power_spectrum(sig_sine(16, 3 / 16, 1, 2));
fprintf('peak power = %.6f at f = %.6f\n', max(p), f(4));
actual = p;
expected = [0, 0, 0, 2, 0, 0, 0, 0, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'psd_sine_bin'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'psd_sine_bin', err, numel(actual), numel(expected)); end
[p, f] = sig_power_spectrum(x8, 8000);
actual = p;
expected = [0.0625, 0.0658370821828158, 0.003906249999999993, 0.723225417817184, 0.19140625];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'psd_even_length'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'psd_even_length', err, numel(actual), numel(expected)); end
actual = f;
expected = [0, 1000, 2000, 3000, 4000];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'psd_frequencies'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'psd_frequencies', err, numel(actual), numel(expected)); end
[p, f] = sig_power_spectrum(x9);
actual = p;
expected = [0.1111111111111111, 0.09408116329183315, 0.05278217567678354, 0.7546296296296299, 0.20961814251286484];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'psd_odd_length'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'psd_odd_length', err, numel(actual), numel(expected)); end
actual = sum(p);
expected = 1.2222222222222223;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'psd_parseval'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'psd_parseval', actual, expected); end
actual = f(end);
expected = 0.4444444444444444;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'psd_default_fs_last_bin'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'psd_default_fs_last_bin', actual, expected); end
% the only spectral peak above 1 sits on bin 3 (index 4), with height 2
[pidx, pval] = sig_peaks(sig_power_spectrum(sig_sine(16, 3 / 16, 1, 2)), 1);
actual = pidx;
expected = 4;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'psd_peak_bin'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'psd_peak_bin', actual, expected); end
actual = pval;
expected = 2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'psd_peak_height'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'psd_peak_height', actual, expected); end
[c, lags] = sig_xcorr([1, 2, 3], [0, 1, 0.5]);
fprintf('xcorr lag 0 = %.6f\n', c(3));
actual = c;
expected = [0.5, 2, 3.5, 3, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'xcorr_values'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'xcorr_values', err, numel(actual), numel(expected)); end
actual = lags;
expected = [-2, -1, 0, 1, 2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'xcorr_lags'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'xcorr_lags', err, numel(actual), numel(expected)); end
actual = sig_xcorr([1, 2, 3]);
expected = [3, 8, 14, 8, 3];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'xcorr_auto_default'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'xcorr_auto_default', err, numel(actual), numel(expected)); end
[c, lags] = sig_xcorr([1, -1, 2, 0.5], [2, 1]);
actual = c;
expected = [1, 1, 0, 4.5, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'xcorr_unequal_values'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'xcorr_unequal_values', err, numel(actual), numel(expected)); end
actual = lags;
expected = [-1, 0, 1, 2, 3];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'xcorr_unequal_lags'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'xcorr_unequal_lags', err, numel(actual), numel(expected)); end
[r, rl] = sig_autocorr(x9, 3);
fprintf('acf lag 1 = %.6f\n', r(2));
actual = r;
expected = [1, -0.4298611111111111, -0.1263888888888889, 0.4270833333333333];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'acf_values'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'acf_values', err, numel(actual), numel(expected)); end
actual = rl;
expected = [0, 1, 2, 3];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'acf_lags'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'acf_lags', err, numel(actual), numel(expected)); end
actual = sig_autocorr(x8);
expected = [1, -0.5952380952380952, 0.23809523809523808, 0.19047619047619047, -0.30158730158730157, 0.0873015873015873, -0.047619047619047616, -0.07142857142857142];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'acf_full_default'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'acf_full_default', err, numel(actual), numel(expected)); end
% alternating signal: ACF of [1 -1 1 -1 1 -1] is (6 - k)/6 * (-1)^k
actual = sig_autocorr([1, -1, 1, -1, 1, -1]);
expected = [1, -0.8333333333333334, 0.6666666666666666, -0.5, 0.3333333333333333, -0.16666666666666666];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'acf_alternating'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'acf_alternating', err, numel(actual), numel(expected)); end
raised = 0;
try
    r = sig_autocorr([2, 2, 2]);
catch err
    raised = 1;
end
if raised == 1; fprintf('ok %s\n', 'acf_constant'); else; fprintf('FAIL %s expected an error\n', 'acf_constant'); end
