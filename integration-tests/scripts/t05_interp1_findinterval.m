% t05_interp1_findinterval: binary search and piecewise linear interpolation
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

xs = [0, 1, 2.5, 4];
ys = [1, 3, 2, 5];
actual = rm_findinterval(xs, 0);
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'find_left_edge'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'find_left_edge', actual, expected); end
actual = rm_findinterval(xs, 1.7);
expected = 2;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'find_interior'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'find_interior', actual, expected); end
actual = rm_findinterval(xs, 2.5);
expected = 3;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'find_on_knot'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'find_on_knot', actual, expected); end
actual = rm_findinterval(xs, 4);
expected = 3;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'find_right_edge'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'find_right_edge', actual, expected); end
actual = rm_findinterval(xs, -3);
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'find_below'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'find_below', actual, expected); end
actual = rm_findinterval(1:100, 57.5);
expected = 57;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'find_long'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'find_long', actual, expected); end
% -1 and 5 lie outside the knots: the end segments are extended linearly
xq = [0, 0.5, 1, 2, 2.5, 3.7, 4, -1, 5];
actual = rm_interp1(xs, ys, xq);
expected = [1, 2, 3, 2.3333333333333335, 2, 4.4, 5, -1, 7];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'interp1_values'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'interp1_values', err, numel(actual), numel(expected)); end
actual = rm_interp1(xs, ys, 3.25);
expected = 3.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'interp1_scalar'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'interp1_scalar', actual, expected); end
fprintf('interp1(3.7) = %.6f\n', rm_interp1(xs, ys, 3.7));
