function y = sig_zero_phase(b, x)
%SIG_ZERO_PHASE Forward-backward FIR filtering (zero phase, squared magnitude).
%   y = sig_zero_phase(b, x) filters x with b by sig_filter, reverses the
%   result, filters it again and reverses back, so the effective response
%   is |B|^2 with no delay. Zero initial state, no edge padding; returns a
%   row vector of numel(x) values.
n = numel(x);
fwd = sig_filter(b, 1, x);
rev = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    rev(1) = rev(1);
end
for k = 1:n
    rev(k) = fwd(n - k + 1);
end
bwd = sig_filter(b, 1, rev);
y = zeros(1, n);
if n == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    y(1) = y(1);
end
for k = 1:n
    y(k) = bwd(n - k + 1);
end
end
