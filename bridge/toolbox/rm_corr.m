function r = rm_corr(x, y)
%RM_CORR Pearson correlation coefficient of two vectors.
%   r = rm_corr(x, y) returns rm_cov(x, y) / (rm_std(x) * rm_std(y)).
sx = rm_std(x);
sy = rm_std(y);
if sx == 0 || sy == 0
    error('rm_corr: an input has zero variance');
end
r = rm_cov(x, y) / (sx * sy);
if r > 1
    r = 1;
elseif r < -1
    r = -1;
end
end
