function y = sig_filter(b, a, x)
%SIG_FILTER Direct-form FIR/IIR filter y = filter(b, a, x) with zero initial state.
%   y = sig_filter(b, a, x) evaluates the difference equation
%   a(1)*y(n) = sum b(k)*x(n-k+1) - sum_{k>=2} a(k)*y(n-k+1) sample by
%   sample and returns a row vector of numel(x) values. a = 1 gives an
%   FIR filter; a(1) must be nonzero.
if a(1) == 0
    error('sig_filter: a(1) must be nonzero');
end
nb = numel(b);
na = numel(a);
n = numel(x);
y = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    y(1) = y(1);
end
for m = 1:n
    acc = 0;
    for k = 1:nb
        if m - k + 1 >= 1
            acc = acc + b(k) * x(m - k + 1);
        end
    end
    for k = 2:na
        if m - k + 1 >= 1
            acc = acc - a(k) * y(m - k + 1);
        end
    end
    y(m) = acc / a(1);
end
end
