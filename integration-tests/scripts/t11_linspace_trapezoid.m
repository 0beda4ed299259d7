% t11_linspace_trapezoid: grids and the trapezoidal rule
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_linspace(0, 1, 5);
expected = [0, 0.25, 0.5, 0.75, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'linspace_five'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'linspace_five', err, numel(actual), numel(expected)); end
actual = numel(rm_linspace(-1, 1));
expected = 100;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'linspace_default_count'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'linspace_default_count', actual, expected); end
actual = max(rm_linspace(0, 0.3, 7));
expected = 0.3;
err = abs(actual - expected); if err <= 0 * max(1, abs(expected)); fprintf('ok %s\n', 'linspace_last_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'linspace_last_exact', actual, expected); end
actual = rm_linspace(2, 5, 1);
expected = 5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'linspace_single'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'linspace_single', actual, expected); end
actual = rm_linspace(0, 1, 0);
if isempty(actual); fprintf('ok %s\n', 'linspace_zero'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'linspace_zero', numel(actual)); end
actual = rm_trapz([1, 2, 3, 4]);
expected = 7.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'trapz_unit'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'trapz_unit', actual, expected); end
% the trapezoid rule is exact for straight lines, also on non-uniform grids
actual = rm_trapz([0, 0.5, 2, 3], [1, 2, 5, 7]);
expected = 12;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'trapz_line'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'trapz_line', actual, expected); end
actual = rm_trapz([0, 1, 2], [0, 1, 4]);
expected = 3;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'trapz_parabola'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'trapz_parabola', actual, expected); end
q = rm_quad_trap(6, 0, pi, 64);
actual = q;
expected = 1.9995983886400375;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'quad_trap_sin_mirror'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'quad_trap_sin_mirror', actual, expected); end
% composite trapezoid error for sin on [0, pi] with 64 panels is about pi^3 / (12 * 64^2) * 2 / pi
actual = q;
expected = 2;
err = abs(actual - expected); if err <= 0.001 * max(1, abs(expected)); fprintf('ok %s\n', 'quad_trap_sin_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'quad_trap_sin_exact', actual, expected); end
actual = rm_quad_trap(9, 0, 1);
expected = 1.7183167868500935;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'quad_trap_default'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'quad_trap_default', actual, expected); end
fprintf('trapezoid sin 0..pi = %.6f\n', q);
