% t20_smoothing: moving average, exponential and Savitzky-Golay smoothing
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_movavg([1, 2, 3, 4, 5, 6], 3);
expected = [1, 1.5, 2, 3, 4, 5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'movavg_w3'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'movavg_w3', err, numel(actual), numel(expected)); end
actual = rm_movavg([3, 1, 4, 1, 5]);
expected = [3, 2, 2.6666666666666665, 2, 3.3333333333333335];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'movavg_default'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'movavg_default', err, numel(actual), numel(expected)); end
actual = rm_movavg([7, -2, 0.5], 1);
expected = [7, -2, 0.5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'movavg_w1_identity'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'movavg_w1_identity', err, numel(actual), numel(expected)); end
actual = rm_expsmooth([1, 3, 5, 7]);
expected = [1, 2, 3.5, 5.25];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'expsmooth_half'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'expsmooth_half', err, numel(actual), numel(expected)); end
actual = rm_expsmooth([10, 12, 8, 15, 11], 0.3);
expected = [10, 10.6, 9.819999999999999, 11.373999999999999, 11.261799999999997];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'expsmooth_alpha'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'expsmooth_alpha', err, numel(actual), numel(expected)); end
actual = rm_expsmooth([4, 9, 1], 1);
expected = [4, 9, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'expsmooth_alpha_one'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'expsmooth_alpha_one', err, numel(actual), numel(expected)); end
% the 5-point quadratic filter reproduces quadratics at interior points
actual = rm_smooth5([1, 4, 9, 16, 25, 36, 49]);
expected = [1, 4.666666666666667, 9, 16, 25, 36.666666666666664, 49];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'smooth5_quadratic'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'smooth5_quadratic', err, numel(actual), numel(expected)); end
actual = rm_smooth5([1, 4, 9, 16, 25, 36, 49]);
expected = [1, 4.666666666666667, 9, 16, 25, 36.666666666666664, 49];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'smooth5_quadratic_interior'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'smooth5_quadratic_interior', err, numel(actual), numel(expected)); end
actual = rm_smooth5([1, 3, 2, 5, 4, 6, 5, 8]);
expected = [1, 2, 3.2857142857142856, 3.7142857142857144, 5.114285714285714, 4.885714285714286, 6.333333333333333, 8];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'smooth5_noisy'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'smooth5_noisy', err, numel(actual), numel(expected)); end
actual = rm_smooth5([2, 7, 1]);
expected = [2, 7, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'smooth5_short_copy'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'smooth5_short_copy', err, numel(actual), numel(expected)); end
y = rm_smooth5([1, 3, 2, 5, 4, 6, 5, 8]);
fprintf('smooth5(4) = %.6f\n', y(4));
