% t09_newton_numderiv: central differences and Newton iteration
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

% central differences have O(h^2) truncation error plus rounding ~ 1e-10: tolerance 1e-8
actual = rm_numderiv(6, 1);
expected = 0.5403023058681398;
err = abs(actual - expected); if err <= 1e-08 * max(1, abs(expected)); fprintf('ok %s\n', 'numderiv_sin'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'numderiv_sin', actual, expected); end
actual = rm_numderiv(3, 2);
expected = 11;
err = abs(actual - expected); if err <= 1e-08 * max(1, abs(expected)); fprintf('ok %s\n', 'numderiv_cubic'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'numderiv_cubic', actual, expected); end
actual = rm_numderiv(9, 0, 1e-4);
expected = 1.0000000016668897;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'numderiv_exp_h'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'numderiv_exp_h', actual, expected); end
[r, it, ok] = rm_newton(3, 1.5);
% Newton stops when the step is <= 1e-12 relative; the root itself does not depend on the
% derivative approximation, so 1e-9 is comfortably loose
actual = r;
expected = 1.5213797068045676;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'newton_cubic_root'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'newton_cubic_root', actual, expected); end
actual = ok;
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'newton_converged'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'newton_converged', actual, expected); end
actual = rm_testfun(3, r);
expected = 0;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'newton_residual'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'newton_residual', actual, expected); end
[r2, it2] = rm_newton(11, 5, 1e-13, 100);
actual = r2;
expected = 3;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'newton_quadratic_root'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'newton_quadratic_root', actual, expected); end
[r3, it3] = rm_newton(1, 1);
actual = r3;
expected = 1.4142135623730951;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'newton_sqrt2'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'newton_sqrt2', actual, expected); end
% quadratic convergence: a handful of iterations is enough from x0 = 1
actual = it3 <= 8;
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'newton_fast'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'newton_fast', actual, expected); end
[r4, it4, ok4] = rm_newton(2, 0, 1e-14, 2);
% with maxit = 2 the iteration stops early and reports no convergence
actual = ok4;
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'newton_not_converged'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'newton_not_converged', actual, expected); end
actual = it4;
expected = 2;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'newton_maxit'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'newton_maxit', actual, expected); end
fprintf('newton root of x^3 - x - 2 = %.6f (%d iterations)\n', r, it);
