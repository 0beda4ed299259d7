% t24_polynomials: Horner evaluation, derivatives and least-squares fits
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_polyval([1, -3, 2], [0, 1, 2, 3]);
expected = [2, 0, 0, 2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'polyval_quadratic'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'polyval_quadratic', err, numel(actual), numel(expected)); end
actual = rm_polyval([2, 0, -1, 5], 1.5);
expected = 10.25;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'polyval_scalar'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'polyval_scalar', actual, expected); end
actual = rm_polyval(7, 123.5);
expected = 7;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'polyval_constant'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'polyval_constant', actual, expected); end
actual = rm_polyder([3, 0, -2, 5]);
expected = [9, 0, -2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'polyder_cubic'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'polyder_cubic', err, numel(actual), numel(expected)); end
actual = rm_polyder(4);
expected = 0;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'polyder_constant'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'polyder_constant', actual, expected); end
actual = rm_polyder(rm_polyder([1, 1, 1, 1, 1]));
expected = [12, 6, 2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'polyder_twice'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'polyder_twice', err, numel(actual), numel(expected)); end
x = [0, 1, 2, 3, 4, 5];
y = zeros(1, 6);
for k = 1:6
    y(k) = 2 * x(k) ^ 2 - 3 * x(k) + 1;
end
[p, resid] = rm_polyfit(x, y, 2);
% normal equations square the condition number (~1e4 here): compare at 1e-8
actual = p;
expected = [2, -3, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-08 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'polyfit_exact_quadratic'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'polyfit_exact_quadratic', err, numel(actual), numel(expected)); end
actual = resid;
expected = 0;
err = abs(actual - expected); if err <= 1e-08 * max(1, abs(expected)); fprintf('ok %s\n', 'polyfit_zero_residual'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'polyfit_zero_residual', actual, expected); end
[p1, r1] = rm_polyfit([0, 1, 2, 3, 4], [1.1, 2.9, 5.2, 7.1, 8.8]);
actual = p1;
expected = [1.96, 1.1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'polyfit_line'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'polyfit_line', err, numel(actual), numel(expected)); end
actual = r1;
expected = 0.30331501776206204;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'polyfit_line_residual'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'polyfit_line_residual', actual, expected); end
% the straight-line fit agrees with rm_linreg
[bl, al] = rm_linreg([0, 1, 2, 3, 4], [1.1, 2.9, 5.2, 7.1, 8.8]);
actual = p1;
expected = [bl, al];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'polyfit_matches_linreg'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'polyfit_matches_linreg', err, numel(actual), numel(expected)); end
fprintf('fit: %.6f x + %.6f, residual %.6f\n', p1(1), p1(2), r1);
