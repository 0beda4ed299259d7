% t18_power_iteration: matrix-vector products and power iteration
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_matvec([1, 2; 3, 4; 5, 6], [1; -1]);
expected = [-1; -1; -1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'matvec_basic'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'matvec_basic', err, numel(actual), numel(expected)); end
actual = rm_matvec([2, 0, 1; -1, 3, 2], [1, 2, 3]);
expected = [5; 11];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'matvec_row_input'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'matvec_row_input', err, numel(actual), numel(expected)); end
[lam, v, it] = rm_power_iter([2, 1; 1, 2], [1; 0]);
% lambda converges like (1/3)^(2k) and v like (1/3)^k: lambda is checked at 1e-9,
% the eigenvector only at 1e-5 because it lags by the square root
actual = lam;
expected = 3;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'power_lambda_2x2'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'power_lambda_2x2', actual, expected); end
actual = v;
expected = [0.7071067811865475; 0.7071067811865475];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-05 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'power_vector_2x2'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'power_vector_2x2', err, numel(actual), numel(expected)); end
actual = rm_vnorm(v);
expected = 1;
err = abs(actual - expected); if err <= 1e-12 * max(1, abs(expected)); fprintf('ok %s\n', 'power_unit_length'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'power_unit_length', actual, expected); end
[lam3, v3, it3] = rm_power_iter([4, 1, 0; 1, 3, 1; 0, 1, 2]);
% the eigenvalues are 3 - sqrt(3), 3 and 3 + sqrt(3)
actual = lam3;
expected = 4.732050807568877;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'power_lambda_3x3'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'power_lambda_3x3', actual, expected); end
actual = it3 < 1000;
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'power_iterations_bounded'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'power_iterations_bounded', actual, expected); end
% A v = lambda v holds to the eigenvector accuracy (about 1e-6)
actual = rm_matvec([4, 1, 0; 1, 3, 1; 0, 1, 2], v3) - lam3 * v3;
expected = [0; 0; 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-05 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'power_eigen_equation'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'power_eigen_equation', err, numel(actual), numel(expected)); end
fprintf('dominant eigenvalue = %.6f after %d iterations\n', lam3, it3);
