% s07_detrend_peaks_sine: linear detrending, peak picking and the sine generator
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

xt = [2, 3.1, 3.9, 5.2, 6, 6.8, 8.3, 8.9];
[y, slope, icpt] = sig_detrend(xt);
fprintf('trend: slope = %.6f, intercept = %.6f\n', slope, icpt);
actual = y;
expected = [-0.033333333333333215, 0.06904761904761925, -0.12857142857142856, 0.1738095238095232, -0.023809523809524613, -0.22142857142857242, 0.28095238095238173, -0.11666666666666714];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'detrend_residual'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'detrend_residual', err, numel(actual), numel(expected)); end
actual = slope;
expected = 0.9976190476190477;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'detrend_slope'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'detrend_slope', actual, expected); end
actual = icpt;
expected = 1.0357142857142856;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'detrend_intercept'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'detrend_intercept', actual, expected); end
actual = sum(y);
expected = 0;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'detrend_zero_mean'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'detrend_zero_mean', actual, expected); end
[y, slope, icpt] = sig_detrend(3 * (1:6) - 2);
actual = y;
expected = [0, 0, 0, 0, 0, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'detrend_exact_line'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'detrend_exact_line', err, numel(actual), numel(expected)); end
actual = slope;
expected = 3;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'detrend_exact_slope'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'detrend_exact_slope', actual, expected); end
actual = icpt;
expected = -2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'detrend_exact_intercept'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'detrend_exact_intercept', actual, expected); end
% a line plus an alternating term leaves the alternation minus its own least-squares line
xa = [1, 4.5, 4, 7.5, 7, 10.5, 10, 13.5];
actual = sig_detrend(xa);
expected = [-0.6666666666666665, 1.2380952380952381, -0.8571428571428577, 1.0476190476190474, -1.0476190476190474, 0.8571428571428559, -1.238095238095239, 0.6666666666666661];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'detrend_line_plus_alternation'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'detrend_line_plus_alternation', err, numel(actual), numel(expected)); end
raised = 0;
try
    y = sig_detrend(5);
catch err
    raised = 1;
end
if raised == 1; fprintf('ok %s\n', 'detrend_too_short'); else; fprintf('FAIL %s expected an error\n', 'detrend_too_short'); end
[idx, vals] = sig_peaks([0, 2, 1, 3, 1, 5, 4]);
fprintf('peaks found = %d\n', numel(idx));
actual = idx;
expected = [2, 4, 6];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'peaks_idx'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'peaks_idx', err, numel(actual), numel(expected)); end
actual = vals;
expected = [2, 3, 5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'peaks_vals'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'peaks_vals', err, numel(actual), numel(expected)); end
[idx, vals] = sig_peaks([0, 2, 1, 3, 1, 5, 4], 2.5);
actual = idx;
expected = [4, 6];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'peaks_threshold_idx'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'peaks_threshold_idx', err, numel(actual), numel(expected)); end
actual = vals;
expected = [3, 5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'peaks_threshold_vals'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'peaks_threshold_vals', err, numel(actual), numel(expected)); end
actual = sig_peaks([1, 2, 3, 4]);
if isempty(actual); fprintf('ok %s\n', 'peaks_monotonic'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'peaks_monotonic', numel(actual)); end
actual = sig_peaks([0, 1, 1, 0]);
if isempty(actual); fprintf('ok %s\n', 'peaks_plateau'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'peaks_plateau', numel(actual)); end
[idx, vals] = sig_peaks([1, 4, 2]);
actual = idx;
expected = 2;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'peaks_single_idx'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'peaks_single_idx', actual, expected); end
actual = vals;
expected = 4;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'peaks_single_val'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'peaks_single_val', actual, expected); end
actual = sig_peaks([3, 1]);
if isempty(actual); fprintf('ok %s\n', 'peaks_short'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'peaks_short', numel(actual)); end
actual = sig_sine(4, 0.25);
expected = [0, 1, 0, -1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'sine_defaults'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'sine_defaults', err, numel(actual), numel(expected)); end
[x, t] = sig_sine(6, 50, 400, 2.5, 0.3);
actual = x;
expected = [0.7388005166533489, 2.211223129708869, 2.388341222814015, 1.1664014191694538, -0.7388005166533482, -2.21122312970887];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'sine_full_args'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'sine_full_args', err, numel(actual), numel(expected)); end
actual = t;
expected = [0, 0.0025, 0.005, 0.0075, 0.01, 0.0125];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'sine_time_axis'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'sine_time_axis', err, numel(actual), numel(expected)); end
actual = sig_sine(1, 0.1, 1, 2, pi / 2);
expected = 2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'sine_single_sample'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'sine_single_sample', actual, expected); end
[idx, vals] = sig_peaks(sig_sine(32, 1 / 8));
actual = idx;
expected = [3, 11, 19, 27];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'sine_peaks_idx'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'sine_peaks_idx', err, numel(actual), numel(expected)); end
actual = vals;
expected = [1, 1, 1, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'sine_peaks_vals'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'sine_peaks_vals', err, numel(actual), numel(expected)); end
