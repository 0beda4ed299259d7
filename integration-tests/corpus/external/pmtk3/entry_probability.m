% Entry script (rmsnap corpus): small probability and statistics helpers from pmtk3.
p = sigmoid([-2 0 2]);
fprintf('sigmoid: %.6f %.6f %.6f\n', p(1), p(2), p(3));

mu = softmaxPmtk([1 2 3; 0 0 0]);
fprintf('softmax row 1: %.6f %.6f %.6f\n', mu(1,1), mu(1,2), mu(1,3));
fprintf('softmax row 2: %.6f %.6f %.6f\n', mu(2,1), mu(2,2), mu(2,3));

fprintf('entropy uniform4: %.6f\n', entropyPmtk([0.25 0.25 0.25 0.25]));
fprintf('entropy skewed: %.6f\n', entropyPmtk([0.5 0.5 0 0]));

g = uniGaussPdf([0 1 2], [0 0 0], [1 1 1]);
fprintf('gauss pdf: %.6f %.6f %.6f\n', g(1), g(2), g(3));
fprintf('gaussinv(0.975): %.6f\n', gaussinv(0.975));
fprintf('gaussinv(0.5, 3, 4): %.6f\n', gaussinv(0.5, 3, 4));
fprintf('mvtGammaln(2, 3): %.6f\n', mvtGammaln(2, 3));
fprintf('nchoosekln(10,3): %.6f\n', nchoosekln(10, 3));
fprintf('factorialln(5): %.6f\n', factorialln(5));

s = softThreshold([-2 -0.2 0.2 2], 0.5);
fprintf('softThreshold: %.6f %.6f %.6f %.6f\n', s(1), s(2), s(3), s(4));

D = sqDistance([0 0; 1 1], [1 0; 3 4]);
fprintf('sqDistance: %.6f %.6f %.6f %.6f\n', D(1,1), D(1,2), D(2,1), D(2,2));

R = cov2cor([4 2; 2 9]);
fprintf('cov2cor: %.6f %.6f %.6f %.6f\n', R(1,1), R(1,2), R(2,1), R(2,2));
