% t25_ode: explicit Euler and classical Runge-Kutta integration
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_ode_rhs(1, 0, 3);
expected = -6;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'ode_rhs_decay'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'ode_rhs_decay', actual, expected); end
actual = rm_ode_rhs(2, 2, 0.5);
expected = 1.5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'ode_rhs_linear'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'ode_rhs_linear', actual, expected); end
actual = rm_ode_rhs(3, 0, [1; 2]);
expected = [2; -1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'ode_rhs_oscillator'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'ode_rhs_oscillator', err, numel(actual), numel(expected)); end
actual = rm_ode_rhs(4, 0, 0.25);
expected = 0.1875;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'ode_rhs_logistic'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'ode_rhs_logistic', actual, expected); end
[t, Y] = rm_euler(1, 0, 1, 0.1, 10);
% Euler on y' = -2 y multiplies by exactly (1 - 0.2) per step
actual = Y(end);
expected = 0.10737418240000003;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'euler_decay'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'euler_decay', actual, expected); end
actual = Y(end);
expected = 0.10737418240000006;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'euler_decay_closed_form'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'euler_decay_closed_form', actual, expected); end
actual = t;
expected = [0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-12 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'euler_times'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'euler_times', err, numel(actual), numel(expected)); end
actual = size(Y, 2);
expected = 11;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'euler_shape'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'euler_shape', actual, expected); end
[t2, Y2] = rm_rk4(1, 0, 1, 0.1, 10);
actual = Y2(end);
expected = 0.13533954843051013;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'rk4_decay_mirror'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'rk4_decay_mirror', actual, expected); end
% RK4 global error for h = 0.1 over [0, 1] is about 3e-5 relative here
actual = Y2(end);
expected = 0.1353352832366127;
err = abs(actual - expected); if err <= 0.0001 * max(1, abs(expected)); fprintf('ok %s\n', 'rk4_decay_vs_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'rk4_decay_vs_exact', actual, expected); end
[t3, Y3] = rm_rk4(3, 0, [1; 0], 0.01, 100);
actual = Y3(:, end);
expected = [0.5403023059378852; -0.8414709847622888];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'rk4_oscillator_mirror'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'rk4_oscillator_mirror', err, numel(actual), numel(expected)); end
% RK4 with h = 0.01 tracks cos(t), -sin(t) to about 1e-10 at t = 1: compare at 1e-8
actual = Y3(:, end);
expected = [0.5403023058681398; -0.8414709848078965];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-08 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'rk4_oscillator_exact'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'rk4_oscillator_exact', err, numel(actual), numel(expected)); end
actual = t3(end);
expected = 1;
err = abs(actual - expected); if err <= 1e-12 * max(1, abs(expected)); fprintf('ok %s\n', 'rk4_final_time'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'rk4_final_time', actual, expected); end
[t4, Y4] = rm_euler(2, 0, 0, 0.25, 4);
actual = Y4(end);
expected = 0.31640625;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'euler_linear_mirror'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'euler_linear_mirror', actual, expected); end
[t5, Y5] = rm_rk4(4, 0, 0.1, 0.5, 8);
actual = Y5(end);
expected = 0.858428173532715;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'rk4_logistic_mirror'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'rk4_logistic_mirror', actual, expected); end
% logistic solution y = 1 / (1 + 9 exp(-t)); RK4 with h = 0.5 is good to ~1e-4
actual = Y5(end);
expected = 0.8584864497582141;
err = abs(actual - expected); if err <= 0.0001 * max(1, abs(expected)); fprintf('ok %s\n', 'rk4_logistic_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'rk4_logistic_exact', actual, expected); end
actual = size(rm_rk4(1, 0, 1, 0.1), 2);
expected = 11;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'rk4_default_steps'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'rk4_default_steps', actual, expected); end
fprintf('rk4 y(1) = %.6f, exact %.6f\n', Y2(end), exp(-2));
