% t06_lagrange: Lagrange interpolation
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

xs = [-1, 0, 1, 2];
ys = [2, 1, 0, 5];
% four nodes reproduce the cubic x^3 - 2 x + 1 exactly
actual = rm_lagrange(xs, ys, [0.5, 1.5, 3, -2.25]);
expected = [0.125, 1.375, 22, -5.890625];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lagrange_cubic'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lagrange_cubic', err, numel(actual), numel(expected)); end
% through the nodes themselves the data come back
actual = rm_lagrange(xs, ys, xs);
expected = [2, 1, 0, 5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'lagrange_nodes'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'lagrange_nodes', err, numel(actual), numel(expected)); end
% a quadratic through (1, 1), (2, 4), (4, 16) is x^2
actual = rm_lagrange([1, 2, 4], [1, 4, 16], 3);
expected = 9;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'lagrange_quadratic'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'lagrange_quadratic', actual, expected); end
sx = [0, 0.5, 1, 1.5, 2];
sy = zeros(1, 5);
for k = 1:5
    sy(k) = sin(sx(k));
end
actual = rm_lagrange(sx, sy, 0.75);
expected = 0.6818430741981157;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'lagrange_sine'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'lagrange_sine', actual, expected); end
% interpolation error of the degree-4 sine interpolant is below 1e-3 here
actual = rm_lagrange(sx, sy, 0.75);
expected = 0.6816387600233341;
err = abs(actual - expected); if err <= 0.001 * max(1, abs(expected)); fprintf('ok %s\n', 'lagrange_sine_vs_true'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'lagrange_sine_vs_true', actual, expected); end
fprintf('lagrange(0.75) = %.6f\n', rm_lagrange(sx, sy, 0.75));
