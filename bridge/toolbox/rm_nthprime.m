function p = rm_nthprime(k)
%RM_NTHPRIME The k-th prime number (rm_nthprime(1) is 2).
%   p = rm_nthprime(k) walks the integers and tests each with rm_isprime.
if k < 1 || k ~= floor(k)
    error('rm_nthprime: k must be a positive integer');
end
found = 0;
p = 1;
while found < k
    p = p + 1;
    if rm_isprime(p)
        found = found + 1;
    end
end
end
