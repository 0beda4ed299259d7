% s06_energy_snr_quantize: energy, RMS, SNR and uniform quantization
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

xq = [0.9, -0.33, 0.125, -0.125, 0.51, -0.97, 0.2, 1.3, -1.4, 0.74];
[xs, ts] = sig_sine(64, 1 / 16, 1, 3);
fprintf('rms = %.6f\n', sig_rms(xs));
actual = sig_energy([3, 4]);
expected = 25;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'energy_pair'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'energy_pair', actual, expected); end
actual = sig_energy(xq, 100);
expected = 0.0638875;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'energy_scaled'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'energy_scaled', actual, expected); end
actual = sig_rms([3, 4]);
expected = 3.5355339059327378;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'rms_pair'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'rms_pair', actual, expected); end
actual = sig_rms(xs);
expected = 2.1213203435596424;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'rms_sine_closed_form'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'rms_sine_closed_form', actual, expected); end
actual = sig_rms(-2);
expected = 2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'rms_scalar'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'rms_scalar', actual, expected); end
raised = 0;
try
    v = sig_rms([]);
catch err
    raised = 1;
end
if raised == 1; fprintf('ok %s\n', 'rms_empty'); else; fprintf('FAIL %s expected an error\n', 'rms_empty'); end
% noise at one tenth of the signal is exactly 20 dB
[snr, nrms] = sig_snr_db([1, -1, 1, -1], [1.1, -1.1, 1.1, -1.1]);
actual = snr;
expected = 20;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'snr_20db'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'snr_20db', actual, expected); end
actual = nrms;
expected = 0.1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'snr_noise_rms'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'snr_noise_rms', actual, expected); end
noisy = [0.85, -0.34, 0.155, -0.165, 0.51, -0.9299999999999999, 0.17, 1.31, -1.3499999999999999, 0.72];
actual = sig_snr_db(xq, noisy);
expected = 27.801100286985225;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'snr_general'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'snr_general', actual, expected); end
if isinf(sig_snr_db(xq, xq)); fprintf('ok %s\n', 'snr_identical_inf'); else; fprintf('FAIL %s expected Inf for identical signals\n', 'snr_identical_inf'); end
[q, sqnr] = sig_quantize(xq, 3);
fprintf('sqnr (3 bits) = %.6f dB\n', sqnr);
actual = q;
expected = [0.75, -0.25, 0.25, -0.25, 0.5, -1, 0.25, 0.75, -1, 0.75];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'quantize_3bit'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'quantize_3bit', err, numel(actual), numel(expected)); end
actual = sqnr;
expected = 10.842237851195687;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'quantize_3bit_sqnr'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'quantize_3bit_sqnr', actual, expected); end
% ties round away from zero: +-0.125 is half a step of 0.25 (3 bits)
actual = q(3:4);
expected = [0.25, -0.25];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'quantize_ties'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'quantize_ties', err, numel(actual), numel(expected)); end
actual = sig_quantize([1, -1.2, 0.99], 2);
expected = [0.5, -1, 0.5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'quantize_clip'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'quantize_clip', err, numel(actual), numel(expected)); end
[q, sqnr] = sig_quantize(xq, 4, 2);
actual = q;
expected = [1, -0.25, 0.25, -0.25, 0.5, -1, 0.25, 1.25, -1.5, 0.75];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'quantize_fullscale_2'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'quantize_fullscale_2', err, numel(actual), numel(expected)); end
actual = sqnr;
expected = 20.00935704857301;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'quantize_fullscale_2_sqnr'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'quantize_fullscale_2_sqnr', actual, expected); end
actual = sig_quantize(xq, 5) - sig_quantize(xq, 5, 1);
expected = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'quantize_default_fullscale'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'quantize_default_fullscale', err, numel(actual), numel(expected)); end
% a 3-amplitude sine on a 12-bit grid of full scale 4
[q, sqnr] = sig_quantize(xs, 12, 4);
actual = sqnr;
expected = 79.02983220316545;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'quantize_sine_12bit_sqnr'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'quantize_sine_12bit_sqnr', actual, expected); end
