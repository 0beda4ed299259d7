% Entry script (rmsnap corpus): Gauss-Legendre quadrature and combinatorics from gptoolbox.
[y, u, x, w] = gauss_legendre_quadrature(5, 0, 1);
fprintf('nodes: %d\n', numel(x));
fprintf('sum of weights: %.6f\n', sum(w));
fprintf('integral x^2 on [0,1]: %.6f\n', sum(w .* x.^2));
fprintf('integral x^4 on [0,1]: %.6f\n', sum(w .* x.^4));

combs = nmultichoosek([1 2 3], 2);
fprintf('multichoose rows: %d\n', size(combs, 1));
for i = 1:size(combs, 1)
  fprintf('%d %d\n', combs(i,1), combs(i,2));
end

R = circumradius([0 0; 4 0; 0 3], [1 2 3]);
fprintf('circumradius: %.6f\n', R);
