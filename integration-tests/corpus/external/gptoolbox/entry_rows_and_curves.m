% Entry script (rmsnap corpus): row-wise helpers and cubic Bezier curves from gptoolbox.
X = [3 4; 6 8; 0 0; 1 1];
n = normrow(X);
fprintf('normrow: %.6f %.6f %.6f %.6f\n', n(1), n(2), n(3), n(4));
Y = [3 4 0; 0 0 2; 1 2 2];
N = normalizerow(Y);
for i = 1:size(N, 1)
  fprintf('normalized %d: %.6f %.6f %.6f\n', i, N(i,1), N(i,2), N(i,3));
end

C = interleave_rows([1 2; 3 4], [10 20; 30 40]);
disp(C);

bits = dec2bin_logical([5; 3; 12], 4);
for i = 1:size(bits, 1)
  fprintf('bits %d: %d %d %d %d\n', i, bits(i,1), bits(i,2), bits(i,3), bits(i,4));
end

P = [0 0; 1 2; 3 2; 4 0];
Q = cubic_eval(P, [0; 0.25; 0.5; 1]);
for i = 1:size(Q, 1)
  fprintf('cubic(%d) = %.6f %.6f\n', i, Q(i,1), Q(i,2));
end
[C1, C2] = cubic_split(P, 0.5);
fprintf('split left end: %.6f %.6f\n', C1(4,1), C1(4,2));
fprintf('split right start: %.6f %.6f\n', C2(1,1), C2(1,2));

try
  edge_lengths([0 0; 1 0; 0 1], [1 2 3 1 2]);
  disp('no error');
catch e
  disp(e.message);
end
