function [z, mu, sigma] = rm_zscore(x)
%RM_ZSCORE Standardise a vector to zero mean and unit sample deviation.
%   [z, mu, sigma] = rm_zscore(x) returns z = (x - mu) / sigma as a row
%   vector together with the mean mu and the sample standard deviation.
n = numel(x);
mu = rm_mean(x);
sigma = rm_std(x);
if sigma == 0
    error('rm_zscore: constant input has zero standard deviation');
end
z = zeros(1, n);
for k = 1:n
    z(k) = (x(k) - mu) / sigma;
end
end
