function yq = rm_lagrange(xs, ys, xq)
%RM_LAGRANGE Evaluate the Lagrange interpolating polynomial through points.
%   yq = rm_lagrange(xs, ys, xq) evaluates the unique polynomial of degree
%   numel(xs) - 1 through (xs(k), ys(k)) at each element of xq.
n = numel(xs);
if numel(ys) ~= n
    error('rm_lagrange: xs and ys must have the same length');
end
nq = numel(xq);
yq = zeros(1, nq);
if nq == 1
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    yq(1) = yq(1);
end
for q = 1:nq
    x = xq(q);
    total = 0;
    for a = 1:n
        basis = 1;
        for b = 1:n
            if b ~= a
                if xs(a) == xs(b)
                    error('rm_lagrange: nodes must be distinct');
                end
                basis = basis * (x - xs(b)) / (xs(a) - xs(b));
            end
        end
        total = total + ys(a) * basis;
    end
    yq(q) = total;
end
end
