% t02_sort_median_percentile: insertion sort, median and percentiles
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

x = [3.5, -1, 2, 8, 2, 0.25, 7];
[srt, idx] = rm_isort(x);
fprintf('median(x) = %.6f\n', rm_median(x));
actual = srt;
expected = [-1, 0.25, 2, 2, 3.5, 7, 8];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'isort_values'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'isort_values', err, numel(actual), numel(expected)); end
% the sort is stable: the two 2s keep their original order (3 before 5)
actual = idx;
expected = [2, 6, 3, 5, 1, 7, 4];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 0 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'isort_index'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'isort_index', err, numel(actual), numel(expected)); end
actual = rm_median(x);
expected = 2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'median_odd'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'median_odd', actual, expected); end
actual = rm_median([4, 1, 3, 2]);
expected = 2.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'median_even'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'median_even', actual, expected); end
actual = rm_median(-7);
expected = -7;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'median_single'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'median_single', actual, expected); end
p = [0, 25, 50, 90, 100];
actual = rm_percentile(x, p);
expected = [-1, 1.125, 2, 7.4, 8];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'percentiles'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'percentiles', err, numel(actual), numel(expected)); end
actual = rm_percentile(x);
expected = 2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'percentile_default'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'percentile_default', actual, expected); end
actual = rm_percentile([10, 20, 30, 40], 10);
expected = 13;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'percentile_10'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'percentile_10', actual, expected); end
fprintf('p90(x) = %.6f\n', rm_percentile(x, 90));
