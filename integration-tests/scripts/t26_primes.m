% t26_primes: primality, sieve and n-th prime
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_primes(30);
expected = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 0 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'primes_30'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'primes_30', err, numel(actual), numel(expected)); end
actual = numel(rm_primes(1000));
expected = 168;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'primes_count_1000'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'primes_count_1000', actual, expected); end
actual = rm_primes(1);
if isempty(actual); fprintf('ok %s\n', 'primes_below_two'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'primes_below_two', numel(actual)); end
actual = sum(rm_primes(100));
expected = 1060;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'primes_sum_100'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'primes_sum_100', actual, expected); end
actual = rm_isprime(97);
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'isprime_97'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'isprime_97', actual, expected); end
actual = rm_isprime(91);
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'isprime_91'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'isprime_91', actual, expected); end
actual = rm_isprime(1);
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'isprime_1'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'isprime_1', actual, expected); end
actual = rm_isprime(2);
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'isprime_2'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'isprime_2', actual, expected); end
actual = rm_isprime(7919);
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'isprime_large'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'isprime_large', actual, expected); end
actual = rm_isprime(7921);
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'isprime_square'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'isprime_square', actual, expected); end
actual = rm_nthprime(1);
expected = 2;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'nthprime_1'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'nthprime_1', actual, expected); end
actual = rm_nthprime(100);
expected = 541;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'nthprime_100'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'nthprime_100', actual, expected); end
% the sieve and trial division agree on every n up to 200
agree = 1;
pl = rm_primes(200);
flags = zeros(1, 200);
for k = 1:numel(pl)
    flags(pl(k)) = 1;
end
for k = 1:200
    % double(): RunMat 0.6.2 cannot compare a logical scalar with == / ~= (RUNMAT-NOTES.md)
    if double(rm_isprime(k)) ~= flags(k)
        agree = 0;
    end
end
actual = agree;
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'sieve_matches_trial_division'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'sieve_matches_trial_division', actual, expected); end
fprintf('the 100th prime is %d\n', rm_nthprime(100));
