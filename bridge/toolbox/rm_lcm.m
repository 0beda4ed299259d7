function l = rm_lcm(a, b)
%RM_LCM Least common multiple of two integers, via rm_gcd.
%   l = rm_lcm(a, b) is non-negative; it is 0 when either input is 0.
if a == 0 || b == 0
    l = 0;
    return;
end
g = rm_gcd(a, b);
l = abs(a) / g * abs(b);
end
