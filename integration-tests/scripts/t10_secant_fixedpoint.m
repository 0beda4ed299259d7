% t10_secant_fixedpoint: secant method and fixed-point iteration
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

% iterative methods: compare with the true roots at 1e-9 (they stop at a 1e-12 step)
[r, it] = rm_secant(1, 1, 2);
actual = r;
expected = 1.4142135623730951;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'secant_sqrt2'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'secant_sqrt2', actual, expected); end
actual = it < 12;
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'secant_few_iterations'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'secant_few_iterations', actual, expected); end
[r2, it2] = rm_secant(2, 0, 1, 1e-13);
actual = r2;
expected = 0.7390851332151607;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'secant_dottie'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'secant_dottie', actual, expected); end
[r3, it3] = rm_secant(11, 2, 4);
actual = r3;
expected = 3;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'secant_quadratic'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'secant_quadratic', actual, expected); end
[g, git] = rm_fixedpoint(4, 1);
% cos has |g'| ~ 0.67 at the fixed point: final error <= 1e-12 * 0.67 / 0.33
actual = g;
expected = 0.7390851332151607;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'fixedpoint_cos'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fixedpoint_cos', actual, expected); end
actual = git < 200;
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'fixedpoint_iterations_bounded'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fixedpoint_iterations_bounded', actual, expected); end
[w, wit] = rm_fixedpoint(5, 0.5, 1e-14);
% the fixed point of exp(-x) is the omega constant W(1)
actual = w;
expected = 0.5671432904097838;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'fixedpoint_omega'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fixedpoint_omega', actual, expected); end
[w2, wit2] = rm_fixedpoint(5, 0.5, 1e-14, 3);
actual = wit2;
expected = 3;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'fixedpoint_maxit'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fixedpoint_maxit', actual, expected); end
actual = w2;
expected = 0.5797030948780683;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'fixedpoint_three_steps'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fixedpoint_three_steps', actual, expected); end
fprintf('omega = %.6f\n', w);
