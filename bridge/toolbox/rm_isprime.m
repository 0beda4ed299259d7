function tf = rm_isprime(n)
%RM_ISPRIME True when the non-negative integer n is prime (trial division).
%   tf = rm_isprime(n) tests 2, 3 and then divisors 6k - 1 and 6k + 1 up
%   to sqrt(n).
if n ~= floor(n) || n < 2
    tf = false;
    return;
end
if n < 4
    tf = true;
    return;
end
if mod(n, 2) == 0 || mod(n, 3) == 0
    tf = false;
    return;
end
tf = true;
d = 5;
while d * d <= n
    if mod(n, d) == 0 || mod(n, d + 2) == 0
        tf = false;
        return;
    end
    d = d + 6;
end
end
