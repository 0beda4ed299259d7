function g = rm_gcd(a, b)
%RM_GCD Greatest common divisor of two integers (Euclid's algorithm).
%   g = rm_gcd(a, b) is non-negative; rm_gcd(0, 0) is 0.
if a ~= floor(a) || b ~= floor(b)
    error('rm_gcd: inputs must be integers');
end
a = abs(a);
b = abs(b);
while b ~= 0
    r = mod(a, b);
    a = b;
    b = r;
end
g = a;
end
