% t19_matrix_norms_jacobi: matrix norms and Jacobi iteration
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

A = [1, -2, 3; -4, 5, -6; 7, -8, 9.5];
actual = rm_mnorm(A, 1);
expected = 18.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'mnorm_one'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'mnorm_one', actual, expected); end
actual = rm_mnorm(A);
expected = 18.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'mnorm_default'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'mnorm_default', actual, expected); end
actual = rm_mnorm(A, Inf);
expected = 24.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'mnorm_inf'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'mnorm_inf', actual, expected); end
actual = rm_mnorm(A, 'fro');
expected = 17.153716798408443;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'mnorm_fro'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'mnorm_fro', actual, expected); end
actual = rm_mnorm([1, 2, 3; 4, 5, 6], Inf);
expected = 15;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'mnorm_rect'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'mnorm_rect', actual, expected); end
J = [10, -1, 2, 0; -1, 11, -1, 3; 2, -1, 10, -1; 0, 3, -1, 8];
bj = [6; 25; -11; 15];
[x, it, res] = rm_jacobi(J, bj);
% Jacobi stops on a 1e-12 relative update; the contraction factor is below 0.5 so the
% error is of the same order: compare at 1e-9
actual = x;
expected = [1; 2; -1; 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'jacobi_solution'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'jacobi_solution', err, numel(actual), numel(expected)); end
actual = res < 1e-9;
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'jacobi_small_residual'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'jacobi_small_residual', actual, expected); end
actual = it < 500;
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'jacobi_iterations_bounded'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'jacobi_iterations_bounded', actual, expected); end
[x2, it2] = rm_jacobi(J, bj, [1; 2; -1; 1.5], 1e-12, 3);
actual = it2;
expected = 3;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'jacobi_maxit'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'jacobi_maxit', actual, expected); end
actual = x2;
expected = [1.0031818181818182; 1.980960743801653; -0.9890795454545455; 0.9965909090909091];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'jacobi_three_sweeps'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'jacobi_three_sweeps', err, numel(actual), numel(expected)); end
fprintf('norm1(A) = %.6f\n', rm_mnorm(A, 1));
