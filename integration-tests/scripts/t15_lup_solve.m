% t15_lup_solve: partial pivoting, triangular solves and LU solve
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

A = [0, 2, 1; 1, 1, 1; 2, 1, 3];
[L, U, p, sgn] = rm_lup(A);
% a zero in the (1, 1) position forces a row exchange
actual = p;
expected = [3; 1; 2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 0 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lup_perm'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lup_perm', err, numel(actual), numel(expected)); end
actual = sgn;
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'lup_sign'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'lup_sign', actual, expected); end
actual = L;
expected = [1, 0, 0; 0, 1, 0; 0.5, 0.25, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lup_L'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lup_L', err, numel(actual), numel(expected)); end
actual = U;
expected = [2, 1, 3; 0, 2, 1; 0, 0, -0.75];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lup_U'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lup_U', err, numel(actual), numel(expected)); end
actual = L * U;
expected = [2, 1, 3; 0, 2, 1; 1, 1, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-12 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lup_reconstruct'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lup_reconstruct', err, numel(actual), numel(expected)); end
x = rm_lu_solve(A, [-1; 2; 9]);
actual = x;
expected = [1; -2; 3];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lu_solve_3x3'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lu_solve_3x3', err, numel(actual), numel(expected)); end
actual = rm_forward_sub([2, 0, 0; 1, 3, 0; 4, -1, 5], [2, 7, 3]);
expected = [1; 2; 0.2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'forward_sub'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'forward_sub', err, numel(actual), numel(expected)); end
actual = rm_forward_sub([1, 0, 0; 2, 1, 0; -1, 3, 1], [1; 4; 6], true);
expected = [1; 2; 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'forward_sub_unit'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'forward_sub_unit', err, numel(actual), numel(expected)); end
actual = rm_back_sub([2, -1, 1; 0, 3, 2; 0, 0, 4], [3, 8, 8]);
expected = [1.1666666666666667; 1.3333333333333333; 2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'back_sub'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'back_sub', err, numel(actual), numel(expected)); end
M4 = [2, 1, -1, 3; -4, 0, 2, 1; 1, 5, 3, -2; 3, -2, 1, 4];
[x4, L4, U4, p4] = rm_lu_solve(M4, [5, -3, 7, 1]);
actual = x4;
expected = [0.7647058823529411; 1.607843137254902; -0.24089635854341737; 0.5406162464985994];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lu_solve_4x4'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lu_solve_4x4', err, numel(actual), numel(expected)); end
actual = M4 * x4;
expected = [5; -3; 7; 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-12 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lu_solve_4x4_residual'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lu_solve_4x4_residual', err, numel(actual), numel(expected)); end
actual = L4 * U4 - M4(p4, :);
expected = [0, 0, 0, 0; 0, 0, 0, 0; 0, 0, 0, 0; 0, 0, 0, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-12 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lu_solve_4x4_factors'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lu_solve_4x4_factors', err, numel(actual), numel(expected)); end
fprintf('x4 = [%.6f %.6f %.6f %.6f]\n', x4(1), x4(2), x4(3), x4(4));
