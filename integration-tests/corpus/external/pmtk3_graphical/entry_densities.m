% Entry script (rmsnap corpus): densities and normalisation from pmtk3 (graphical models).
X = [0 0; 1 2; -1 1];
mu = [0 0];
Sigma = [2 0.5; 0.5 1];
L = gaussLogprob(mu, Sigma, X);
fprintf('gauss logprob: %.6f %.6f %.6f\n', L(1), L(2), L(3));

fprintf('logdet: %.6f\n', logdet(Sigma));

[T, z] = normalize([1 3; 2 4], 1);
fprintf('column-normalized: %.6f %.6f %.6f %.6f (z = %.1f %.1f)\n', T(1,1), T(2,1), T(1,2), T(2,2), z(1), z(2));

P = mkStochastic([1 2 1; 3 3 4]);
fprintf('stochastic row sums: %.6f %.6f\n', sum(P(1,:)), sum(P(2,:)));

s = sigmoid([-1 0 1]);
fprintf('sigmoid: %.6f %.6f %.6f\n', s(1), s(2), s(3));

D = sqDistance([0 0; 3 4], [0 0]);
fprintf('sqDistance: %.6f %.6f\n', D(1), D(2));

try
  ind2subv([2 2], [1 2]);
  lookupIndices(7, [1 2 3]);
  disp('no error');
catch e
  disp(e.message);
end
