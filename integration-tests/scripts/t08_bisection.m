% t08_bisection: built-in test problems and bisection
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_testfun(1, 3);
expected = 7;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'testfun_1'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'testfun_1', actual, expected); end
actual = rm_testfun(2, 0.5);
expected = 0.37758256189037276;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'testfun_2'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'testfun_2', actual, expected); end
actual = rm_testfun(3, 2);
expected = 4;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'testfun_3'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'testfun_3', actual, expected); end
actual = rm_testfun(7, 2);
expected = 0.2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'testfun_7'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'testfun_7', actual, expected); end
actual = rm_testfun(8, -1.5);
expected = -3.1875;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'testfun_8'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'testfun_8', actual, expected); end
actual = rm_testfun(10, 6.25);
expected = 2.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'testfun_10'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'testfun_10', actual, expected); end
actual = rm_testfun(11, 3);
expected = 0;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'testfun_11'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'testfun_11', actual, expected); end
[r, it] = rm_bisect(1, 1, 2, 1e-10);
% bisection stops once the half-width is <= 1e-10, so the error is below 1e-10
actual = r;
expected = 1.4142135623730951;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'bisect_sqrt2'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'bisect_sqrt2', actual, expected); end
% the number of halvings depends only on the bracket width: 2^(-33) / 2 <= 1e-10
actual = it;
expected = 33;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'bisect_iterations'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'bisect_iterations', actual, expected); end
[r2, it2] = rm_bisect(2, 1, 0);
% endpoints given in reverse order are swapped; default tolerance 1e-10
actual = r2;
expected = 0.7390851332151607;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'bisect_dottie'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'bisect_dottie', actual, expected); end
actual = it2;
expected = 33;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'bisect_default_iterations'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'bisect_default_iterations', actual, expected); end
% a loose tolerance with a small iteration cap stops after maxit halvings
[r3, it3] = rm_bisect(3, 1, 2, 1e-15, 5);
actual = it3;
expected = 5;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'bisect_maxit'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'bisect_maxit', actual, expected); end
actual = r3;
expected = 1.5213797068045676;
err = abs(actual - expected); if err <= 0.04 * max(1, abs(expected)); fprintf('ok %s\n', 'bisect_maxit_root'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'bisect_maxit_root', actual, expected); end
fprintf('bisect sqrt(2) = %.6f after %d halvings\n', r, it);
