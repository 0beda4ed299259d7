% t04_cov_corr_linreg: covariance, correlation and linear regression
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

x = [1, 2, 3, 4, 5];
y = [2.1, 3.9, 6.2, 7.8, 10.1];
actual = rm_cov(x, y);
expected = 4.975;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'cov_xy'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'cov_xy', actual, expected); end
actual = rm_cov(x, x);
expected = 2.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'cov_xx_is_var'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'cov_xx_is_var', actual, expected); end
actual = rm_corr(x, y);
expected = 0.9986517555689657;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'corr_xy'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'corr_xy', actual, expected); end
actual = rm_corr(x, -y);
expected = -0.9986517555689657;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'corr_negated'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'corr_negated', actual, expected); end
[b, a, r2] = rm_linreg(x, y);
actual = b;
expected = 1.99;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'linreg_slope'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'linreg_slope', actual, expected); end
actual = a;
expected = 0.05;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'linreg_intercept'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'linreg_intercept', actual, expected); end
actual = r2;
expected = 0.9973053289009772;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'linreg_r2'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'linreg_r2', actual, expected); end
fprintf('fit: y = %.6f * x + %.6f (r2 = %.6f)\n', b, a, r2);
% points exactly on y = 3 x - 1 give a perfect fit
[b2, a2, r22] = rm_linreg([0, 1, 2, 3], [-1, 2, 5, 8]);
actual = b2;
expected = 3;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'linreg_exact_slope'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'linreg_exact_slope', actual, expected); end
actual = a2;
expected = -1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'linreg_exact_intercept'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'linreg_exact_intercept', actual, expected); end
actual = r22;
expected = 1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'linreg_exact_r2'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'linreg_exact_r2', actual, expected); end
