% Entry script (rmsnap corpus): vector and matrix helpers from pmtk3.
A = [1 2 3; 4 5 6];
[An, z] = normalize(A);
fprintf('normalize total: z=%.6f first=%.6f last=%.6f\n', z, An(1,1), An(2,3));
[Ar, zr] = normalize(A, 2);
fprintf('row sums: %.6f %.6f\n', zr(1), zr(2));
fprintf('row-normalized (2,1): %.6f\n', Ar(2,1));

T = mkStochastic([1 1 2; 0 3 1]);
fprintf('stochastic rows: %.6f %.6f\n', sum(T(1,:)), sum(T(2,:)));

c = colvec([1 2; 3 4]);
r = rowvec([1 2; 3 4]);
fprintf('colvec size %dx%d, rowvec size %dx%d\n', size(c,1), size(c,2), size(r,1), size(r,2));

[imax, vmax] = maxidx([3 9 2 9 1]);
[imin, vmin] = minidx([3 9 2 9 1]);
fprintf('maxidx %d (%d), minidx %d (%d)\n', imax, vmax, imin, vmin);

x = roundto([1.234 5.678 -2.25], 0.5);
fprintf('roundto: %.6f %.6f %.6f\n', x(1), x(2), x(3));
s = softThreshold([-3 -0.5 0 0.5 3], 1);
fprintf('softThreshold: %.6f %.6f %.6f %.6f %.6f\n', s(1), s(2), s(3), s(4), s(5));

u = utri(4);
fprintf('utri(4):');
fprintf(' %d', u);
fprintf('\n');
M = setdiag(zeros(3), [7 8 9]);
disp(M);
G = mkChain(4);
fprintf('chain edges: %d\n', sum(G(:)));
fprintf('nunique: %d\n', nunique([4 1 4 2 2 9]));
