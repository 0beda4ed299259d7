function f = rm_factor(n)
%RM_FACTOR Prime factorisation of a positive integer by trial division.
%   f = rm_factor(n) returns the prime factors of n in ascending order,
%   with multiplicity, as a row vector (empty for n = 1).
if n < 1 || n ~= floor(n)
    error('rm_factor: n must be a positive integer');
end
f = zeros(1, floor(log(n) / log(2)) + 1);
if numel(f) == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    f(1) = f(1);
end
cnt = 0;
d = 2;
while d * d <= n
    while mod(n, d) == 0
        cnt = cnt + 1;
        f(cnt) = d;
        n = n / d;
    end
    if d == 2
        d = 3;
    else
        d = d + 2;
    end
end
if n > 1
    cnt = cnt + 1;
    f(cnt) = n;
end
f = f(1:cnt);
if cnt == 1
    % RunMat 0.6.2: f(1:1) comes back as a plain scalar, which callers
    % cannot index with f(:); store it back as a 1x1 array.
    f(1) = f(1);
end
end
