% s01_windows: Hann, Hamming and generalized cosine windows
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

w = sig_hann(5);
fprintf('hann(5) middle = %.6f\n', w(3));
w = sig_hamming(8);
fprintf('hamming(8) first = %.6f\n', w(1));
actual = sig_hann(5);
expected = [0, 0.5, 1, 0.5, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'hann_5'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'hann_5', err, numel(actual), numel(expected)); end
actual = sig_hann(4);
expected = [0, 0.7499999999999999, 0.7500000000000002, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'hann_4'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'hann_4', err, numel(actual), numel(expected)); end
actual = sig_hann(4, true);
expected = [0, 0.5, 1, 0.5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'hann_4_periodic'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'hann_4_periodic', err, numel(actual), numel(expected)); end
actual = sig_hann(2);
expected = [0, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'hann_2'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'hann_2', err, numel(actual), numel(expected)); end
actual = sig_hann(1);
expected = 1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'hann_1'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'hann_1', actual, expected); end
actual = sig_hamming(5);
expected = [0.08, 0.54, 1, 0.54, 0.08];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'hamming_5'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'hamming_5', err, numel(actual), numel(expected)); end
actual = sig_hamming(8);
expected = [0.08000000000000002, 0.25319469114498255, 0.6423596296199047, 0.9544456792351128, 0.9544456792351128, 0.6423596296199048, 0.25319469114498266, 0.08000000000000002];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'hamming_8'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'hamming_8', err, numel(actual), numel(expected)); end
actual = sig_hamming(6, true);
expected = [0.08000000000000002, 0.30999999999999994, 0.7699999999999999, 1, 0.7700000000000002, 0.30999999999999994];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'hamming_6_periodic'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'hamming_6_periodic', err, numel(actual), numel(expected)); end
% sum of a symmetric Hann window is (n - 1) / 2, of a periodic one n / 2
actual = sum(sig_hann(16));
expected = 7.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'hann_sum_symmetric'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'hann_sum_symmetric', actual, expected); end
actual = sum(sig_hann(16, true));
expected = 8;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'hann_sum_periodic'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'hann_sum_periodic', actual, expected); end
w = sig_hamming(9);
actual = w - w(end:-1:1);
expected = [0, 0, 0, 0, 0, 0, 0, 0, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'hamming_symmetric'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'hamming_symmetric', err, numel(actual), numel(expected)); end
% the generic window with a0 = 0.5 is the Hann window; a0 defaults to 0.5
actual = sig_cosine_window(7, 0.5);
expected = [0, 0.24999999999999994, 0.7499999999999999, 1, 0.7500000000000002, 0.24999999999999994, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'cosine_a0_half'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'cosine_a0_half', err, numel(actual), numel(expected)); end
actual = sig_cosine_window(6);
expected = [0, 0.3454915028125263, 0.9045084971874737, 0.9045084971874737, 0.3454915028125264, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'cosine_default'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'cosine_default', err, numel(actual), numel(expected)); end
actual = sig_cosine_window(5, 0.7, true);
expected = [0.39999999999999997, 0.6072949016875158, 0.9427050983124842, 0.9427050983124843, 0.6072949016875158];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'cosine_a0_custom'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'cosine_a0_custom', err, numel(actual), numel(expected)); end
actual = sum(sig_hamming(10)');
expected = 4.94;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'hamming_column_sum'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'hamming_column_sum', actual, expected); end
raised = 0;
try
    w = sig_hann(0);
catch err
    raised = 1;
end
if raised == 1; fprintf('ok %s\n', 'hann_zero_length'); else; fprintf('FAIL %s expected an error\n', 'hann_zero_length'); end
