function y = rm_testfun(id, x)
%RM_TESTFUN Built-in scalar test problems for the root finders and quadrature.
%   y = rm_testfun(id, x) evaluates problem number id at the scalar x:
%     1: x^2 - 2             2: cos(x) - x          3: x^3 - x - 2
%     4: cos(x)              5: exp(-x)             6: sin(x)
%     7: 1 / (1 + x^2)       8: x^4 - 3 x^2 + x     9: exp(x)
%    10: sqrt(x)            11: (x - 1)^2 - 4 (the roots are -1 and 3)
if id == 1
    y = x * x - 2;
elseif id == 2
    y = cos(x) - x;
elseif id == 3
    y = x ^ 3 - x - 2;
elseif id == 4
    y = cos(x);
elseif id == 5
    y = exp(-x);
elseif id == 6
    y = sin(x);
elseif id == 7
    y = 1 / (1 + x * x);
elseif id == 8
    y = x ^ 4 - 3 * x ^ 2 + x;
elseif id == 9
    y = exp(x);
elseif id == 10
    if x < 0
        error('rm_testfun: sqrt test problem needs x >= 0');
    end
    y = sqrt(x);
elseif id == 11
    y = (x - 1) ^ 2 - 4;
else
    error('rm_testfun: unknown problem id %d', id);
end
end
