function p = rm_primes(n)
%RM_PRIMES Row vector of all primes up to n (sieve of Eratosthenes).
%   p = rm_primes(n) returns an empty row for n < 2.
n = floor(n);
if n < 2
    p = zeros(1, 0);
    return;
end
flags = ones(1, n);
flags(1) = 0;
k = 2;
while k * k <= n
    if flags(k) == 1
        for m = k * k:k:n
            flags(m) = 0;
        end
    end
    k = k + 1;
end
cnt = 0;
for k = 1:n
    cnt = cnt + flags(k);
end
p = zeros(1, cnt);
if cnt == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    p(1) = p(1);
end
idx = 0;
for k = 1:n
    if flags(k) == 1
        idx = idx + 1;
        p(idx) = k;
    end
end
end
