% t01_mean_var_std: mean, variance and standard deviation
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

x = [2, 4, 4, 4, 5, 5, 7, 9];
y = [1.5, -2.25, 3.125, 0.5, 10];
fprintf('mean(x) = %.6f\n', rm_mean(x));
fprintf('std(y) = %.6f\n', rm_std(y));
actual = rm_mean(x);
expected = 5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'mean_x'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'mean_x', actual, expected); end
actual = rm_mean(y);
expected = 2.575;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'mean_y'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'mean_y', actual, expected); end
actual = rm_var(x, 1);
expected = 4;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'var_pop_x'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'var_pop_x', actual, expected); end
actual = rm_var(x);
expected = 4.571428571428571;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'var_sample_x'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'var_sample_x', actual, expected); end
actual = rm_std(x, 1);
expected = 2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'std_pop_x'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'std_pop_x', actual, expected); end
actual = rm_std(x);
expected = 2.138089935299395;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'std_sample_x'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'std_sample_x', actual, expected); end
actual = rm_var(y);
expected = 21.04375;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'var_sample_y'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'var_sample_y', actual, expected); end
actual = rm_std(y, 0);
expected = 4.587346727684752;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'std_sample_y'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'std_sample_y', actual, expected); end
actual = rm_var(42);
expected = 0;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'var_single'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'var_single', actual, expected); end
% a column vector gives the same result as a row vector
actual = rm_mean(x');
expected = 5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'mean_column'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'mean_column', actual, expected); end
