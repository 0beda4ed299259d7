% t21_cumsum_diff_conv: cumulative sums, differences and convolution
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_cumsum([1, 2, 3, 4]);
expected = [1, 3, 6, 10];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'cumsum_basic'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'cumsum_basic', err, numel(actual), numel(expected)); end
actual = rm_cumsum([0.5; -1; 2]);
expected = [0.5, -0.5, 1.5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'cumsum_column_input'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'cumsum_column_input', err, numel(actual), numel(expected)); end
actual = rm_diff([1, 4, 9, 16, 25]);
expected = [3, 5, 7, 9];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'diff_first'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'diff_first', err, numel(actual), numel(expected)); end
actual = rm_diff([1, 4, 9, 16, 25], 2);
expected = [2, 2, 2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'diff_second'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'diff_second', err, numel(actual), numel(expected)); end
actual = rm_diff([1, 8, 27, 64, 125], 3);
expected = [6, 6];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'diff_third'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'diff_third', err, numel(actual), numel(expected)); end
actual = rm_diff([5, 3], 0);
expected = [5, 3];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'diff_order_zero'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'diff_order_zero', err, numel(actual), numel(expected)); end
actual = rm_diff([1, 2, 3], 5);
if isempty(actual); fprintf('ok %s\n', 'diff_too_many'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'diff_too_many', numel(actual)); end
% differencing undoes a cumulative sum
actual = rm_diff(rm_cumsum([2, 7, 1, 8, 2, 8]));
expected = [7, 1, 8, 2, 8];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'diff_inverts_cumsum'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'diff_inverts_cumsum', err, numel(actual), numel(expected)); end
actual = rm_conv([1, 2, 3], [1, 1]);
expected = [1, 3, 5, 3];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'conv_basic'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'conv_basic', err, numel(actual), numel(expected)); end
actual = rm_conv([1, 1], [1, -1]);
expected = [1, 0, -1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'conv_polynomial'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'conv_polynomial', err, numel(actual), numel(expected)); end
actual = rm_conv([0.5, -1, 2, 3], [2, 0, -1]);
expected = [1, -2, 3.5, 7, -2, -3];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'conv_general'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'conv_general', err, numel(actual), numel(expected)); end
actual = numel(rm_conv(ones(1, 5), ones(1, 4)));
expected = 8;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'conv_length'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'conv_length', actual, expected); end
actual = sum(rm_conv([0.5, -1, 2, 3], [2, 0, -1]));
expected = 4.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'conv_sum_property'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'conv_sum_property', actual, expected); end
c = rm_cumsum([1, 2, 3, 4]);
fprintf('cumsum(end) = %.6f\n', c(end));
