function nrm = rm_mnorm(A, p)
%RM_MNORM Matrix 1-norm, infinity-norm or Frobenius norm.
%   nrm = rm_mnorm(A) is the maximum absolute column sum (1-norm);
%   rm_mnorm(A, Inf) is the maximum absolute row sum and
%   rm_mnorm(A, 'fro') the square root of the sum of squared entries.
if nargin < 2
    p = 1;
end
m = size(A, 1);
n = size(A, 2);
nrm = 0;
if m * n == 1
    % RunMat 0.6.2: A(r, c) on a plain scalar fails; store a 1x1 as an array
    A(1) = A(1);
end
if ischar(p)
    if ~strcmp(p, 'fro')
        error('rm_mnorm: unknown norm name');
    end
    acc = 0;
    for r = 1:m
        for c = 1:n
            acc = acc + A(r, c) * A(r, c);
        end
    end
    nrm = sqrt(acc);
elseif p == 1
    for c = 1:n
        s = 0;
        for r = 1:m
            s = s + abs(A(r, c));
        end
        if s > nrm
            nrm = s;
        end
    end
elseif isinf(p)
    for r = 1:m
        s = 0;
        for c = 1:n
            s = s + abs(A(r, c));
        end
        if s > nrm
            nrm = s;
        end
    end
else
    error('rm_mnorm: supported norms are 1, Inf and fro');
end
end
