% t03_zscore_histogram: z-scores and histogram counts
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

x = [2, 4, 4, 4, 5, 5, 7, 9];
[z, mu, sigma] = rm_zscore(x);
actual = z;
expected = [-1.403121520040228, -0.46770717334674267, -0.46770717334674267, -0.46770717334674267, 0, 0, 0.9354143466934853, 1.8708286933869707];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'zscore_values'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'zscore_values', err, numel(actual), numel(expected)); end
actual = mu;
expected = 5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'zscore_mu'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'zscore_mu', actual, expected); end
actual = sigma;
expected = 2.138089935299395;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'zscore_sigma'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'zscore_sigma', actual, expected); end
% z-scores have zero mean and unit sample standard deviation
actual = rm_mean(z);
expected = 0;
err = abs(actual - expected); if err <= 1e-12 * max(1, abs(expected)); fprintf('ok %s\n', 'zscore_mean_zero'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'zscore_mean_zero', actual, expected); end
actual = rm_std(z);
expected = 1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'zscore_std_one'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'zscore_std_one', actual, expected); end
data = [-1, 0, 0.5, 2, 2, 3.9, 4, 6, 7.5, 8, 9.99, 10, 12];
edges = [0, 2, 4, 6, 8, 10];
[counts, nout] = rm_histc(data, edges);
% bins are [a, b) except the last one, which also holds its right edge (10)
actual = counts;
expected = [2, 3, 1, 2, 3];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 0 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'histc_counts'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'histc_counts', err, numel(actual), numel(expected)); end
actual = nout;
expected = 2;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'histc_outside'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'histc_outside', actual, expected); end
actual = sum(counts) + nout;
expected = 13;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'histc_total'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'histc_total', actual, expected); end
fprintf('counts = %d %d %d %d %d, outside = %d\n', counts(1), counts(2), counts(3), counts(4), counts(5), nout);
