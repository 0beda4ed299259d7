% Entry script (rmsnap corpus): barycentric interpolation helpers from Chebfun.
n = 9;
xk = cos(pi*(0:n-1)'/(n-1));
vk = baryWeights(xk);
fprintf('weights: %.6f %.6f %.6f\n', vk(1), vk(2), vk(5));

fvals = xk.^3 - 2*xk;
xx = [0.3; -0.7; 0.95];
fx = bary(xx, fvals, xk, vk);
for i = 1:numel(xx)
  fprintf('bary p(%.2f) = %.6f (exact %.6f)\n', xx(i), fx(i), xx(i)^3 - 2*xx(i));
end

B = barymat(xx, xk, vk);
fprintf('barymat size: %dx%d\n', size(B, 1), size(B, 2));
fprintf('barymat row sums: %.6f %.6f %.6f\n', sum(B(1,:)), sum(B(2,:)), sum(B(3,:)));
fb = B*fvals;
fprintf('barymat values: %.6f %.6f %.6f\n', fb(1), fb(2), fb(3));

zj = [-1; 0; 1];
fj = [1; 0; 1];
wj = [1; -2; 1];
r = reval([0.5; 2], zj, fj, wj);
fprintf('reval: %.6f %.6f\n', r(1), r(2));
