% t14_lu_nopivot: Doolittle LU factorisation without pivoting
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

A = [4, 3, 2; 2, 1, 3; 3, 2, 1];
[L, U] = rm_lu(A);
actual = L;
expected = [1, 0, 0; 0.5, 1, 0; 0.75, 0.5, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lu_L'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lu_L', err, numel(actual), numel(expected)); end
actual = U;
expected = [4, 3, 2; 0, -0.5, 2; 0, 0, -1.5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lu_U'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lu_U', err, numel(actual), numel(expected)); end
% L is unit lower triangular and U upper triangular, with exact zeros
actual = abs(L(1, 2)) + abs(L(1, 3)) + abs(L(2, 3));
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'lu_L_upper_zero'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'lu_L_upper_zero', actual, expected); end
actual = abs(U(2, 1)) + abs(U(3, 1)) + abs(U(3, 2));
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'lu_U_lower_zero'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'lu_U_lower_zero', actual, expected); end
actual = L(1, 1) + L(2, 2) + L(3, 3);
expected = 3;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'lu_L_unit_diag'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'lu_L_unit_diag', actual, expected); end
actual = L * U;
expected = [4, 3, 2; 2, 1, 3; 3, 2, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-12 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lu_reconstruct'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lu_reconstruct', err, numel(actual), numel(expected)); end
B = [10, 1, 2, 0; 1, 8, -1, 3; 2, -1, 9, 1; 0, 3, 1, 7];
[L2, U2] = rm_lu(B);
actual = U2;
expected = [10, 1, 2, 0; 0, 7.9, -1.2, 3; 0, 0, 8.417721518987342, 1.4556962025316456; 0, 0, 0, 5.609022556390977];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lu4_U'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lu4_U', err, numel(actual), numel(expected)); end
actual = L2;
expected = [1, 0, 0, 0; 0.1, 1, 0, 0; 0.2, -0.1518987341772152, 1, 0; 0, 0.379746835443038, 0.17293233082706766, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lu4_L'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lu4_L', err, numel(actual), numel(expected)); end
fprintf('U(3,3) = %.6f\n', U(3, 3));
