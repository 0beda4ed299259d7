% t27_gcd_fib_factor: gcd, lcm, Fibonacci numbers and factorisation
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_gcd(48, 18);
expected = 6;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'gcd_basic'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'gcd_basic', actual, expected); end
actual = rm_gcd(-12, 8);
expected = 4;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'gcd_negative'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'gcd_negative', actual, expected); end
actual = rm_gcd(0, 9);
expected = 9;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'gcd_zero'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'gcd_zero', actual, expected); end
actual = rm_gcd(0, 0);
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'gcd_zero_zero'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'gcd_zero_zero', actual, expected); end
actual = rm_gcd(35, 64);
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'gcd_coprime'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'gcd_coprime', actual, expected); end
actual = rm_lcm(4, 6);
expected = 12;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'lcm_basic'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'lcm_basic', actual, expected); end
actual = rm_lcm(0, 5);
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'lcm_zero'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'lcm_zero', actual, expected); end
actual = rm_lcm(123456, 7890);
expected = 162344640;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'lcm_large'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'lcm_large', actual, expected); end
[f10, seq] = rm_fib(10);
actual = f10;
expected = 55;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'fib_10'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fib_10', actual, expected); end
actual = seq;
expected = [1, 1, 2, 3, 5, 8, 13, 21, 34, 55];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 0 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'fib_sequence'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'fib_sequence', err, numel(actual), numel(expected)); end
actual = rm_fib(0);
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'fib_0'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fib_0', actual, expected); end
actual = rm_fib(1);
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'fib_1'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fib_1', actual, expected); end
actual = rm_fib(50);
expected = 12586269025;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'fib_50'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fib_50', actual, expected); end
actual = rm_factor(360);
expected = [2, 2, 2, 3, 3, 5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 0 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'factor_360'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'factor_360', err, numel(actual), numel(expected)); end
actual = rm_factor(97);
expected = [97];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 0 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'factor_prime'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'factor_prime', err, numel(actual), numel(expected)); end
actual = rm_factor(1);
if isempty(actual); fprintf('ok %s\n', 'factor_one'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'factor_one', numel(actual)); end
actual = rm_factor(1024);
expected = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 0 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'factor_power_of_two'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'factor_power_of_two', err, numel(actual), numel(expected)); end
actual = rm_factor(9991);
expected = [97, 103];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 0 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'factor_semiprime'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'factor_semiprime', err, numel(actual), numel(expected)); end
actual = prod(rm_factor(2 * 3 * 5 * 7 * 11 * 13));
expected = 30030;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'factor_product'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'factor_product', actual, expected); end
fprintf('fib(50) = %.0f\n', rm_fib(50));
