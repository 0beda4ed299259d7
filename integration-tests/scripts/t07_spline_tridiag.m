% t07_spline_tridiag: Thomas algorithm and natural cubic spline
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

x = rm_tridiag([0, 1, 1, 1], [4, 4, 4, 4], [1, 1, 1, 0], [5, 6, 6, 5]);
actual = x;
expected = [1; 1; 1; 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'tridiag_ones'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'tridiag_ones', err, numel(actual), numel(expected)); end
x = rm_tridiag([0, -1, -1, -1, -1], [2, 2, 2, 2, 2], [-1, -1, -1, -1, 0], [1, 0, 0, 0, 1]);
actual = x;
expected = [1; 1; 1; 1; 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'tridiag_laplace'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'tridiag_laplace', err, numel(actual), numel(expected)); end
actual = size(x, 1);
expected = 5;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'tridiag_is_column'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'tridiag_is_column', actual, expected); end
kx = [0, 1, 2, 3];
ky = [0, 1, 0, 1];
[M, h] = rm_spline_coeffs(kx, ky);
actual = M;
expected = [0; -4; 4; 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'spline_second_derivs'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'spline_second_derivs', err, numel(actual), numel(expected)); end
actual = h;
expected = [1; 1; 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 0 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'spline_spacing'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'spline_spacing', err, numel(actual), numel(expected)); end
actual = rm_spline_eval(kx, ky, [0.5, 1.5, 2.5, 1, 3]);
expected = [0.75, 0.5, 0.25, 1, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'spline_values'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'spline_values', err, numel(actual), numel(expected)); end
% a natural spline through collinear points is the straight line itself
actual = rm_spline_eval([0, 1, 3, 4], [1, 3, 7, 9], [0.5, 2, 3.5]);
expected = [2, 5, 8];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'spline_linear_data'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'spline_linear_data', err, numel(actual), numel(expected)); end
% two knots give a straight segment and zero second derivatives
actual = rm_spline_eval([0, 2], [1, 5], [1, 1.5]);
expected = [3, 4];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'spline_two_knots'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'spline_two_knots', err, numel(actual), numel(expected)); end
fprintf('spline(1.5) = %.6f\n', rm_spline_eval(kx, ky, 1.5));
