% Entry script (rmsnap corpus): table indexing and HMM two-slice sums from pmtk3 (graphical models).
sub = ind2subv([2 3], [1 4 6]);
for i = 1:size(sub, 1)
  fprintf('ind2subv row %d: %d %d\n', i, sub(i,1), sub(i,2));
end

ndx = lookupIndices([3 1 4], [1 2 3 4]);
fprintf('lookupIndices: %d %d %d\n', ndx(1), ndx(2), ndx(3));

u = uniquePMTK([4 2 4 1 2]);
fprintf('uniquePMTK:');
fprintf(' %d', u);
fprintf('\n');

fprintf('mvtGammaln(3, 2.5) = %.6f\n', mvtGammaln(3, 2.5));
fprintf('converged: %d %d\n', convergenceTest(1.0, 1.00001), convergenceTest(1.0, 2.0));

A = [0.9 0.1; 0.2 0.8];
B = [0.5 0.1 0.7; 0.5 0.9 0.3];
alpha = [0.5 0.4 0.6; 0.5 0.6 0.4];
beta = [1 1 1; 1 1 1];
xi = hmmComputeTwoSliceSum(alpha, beta, A, B);
fprintf('two-slice sum: %.6f %.6f %.6f %.6f\n', xi(1,1), xi(1,2), xi(2,1), xi(2,2));
fprintf('two-slice total: %.6f\n', sum(xi(:)));
