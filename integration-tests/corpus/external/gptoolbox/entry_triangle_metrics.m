% Entry script (rmsnap corpus): triangle and tetrahedron measures from gptoolbox.
V = [0 0 0; 1 0 0; 0 1 0; 0 0 1];
F = [1 2 3; 1 2 4; 1 3 4; 2 3 4];

A = doublearea(V, F);
fprintf('doublearea: %.6f %.6f %.6f %.6f\n', A(1), A(2), A(3), A(4));

V2 = [0 0; 2 0; 0 3; 2 3];
F2 = [1 2 3; 2 4 3];
A2 = doublearea(V2, F2);
fprintf('doublearea 2d: %.6f %.6f\n', A2(1), A2(2));

B = barycenter(V, F);
for i = 1:size(B, 1)
  fprintf('barycenter %d: %.6f %.6f %.6f\n', i, B(i,1), B(i,2), B(i,3));
end

L = edge_lengths(V, F);
fprintf('edge lengths row 4: %.6f %.6f %.6f\n', L(4,1), L(4,2), L(4,3));
fprintf('edge length sum: %.6f\n', sum(L(:)));

[ang, cosang] = internalangles(V, F);
fprintf('angles row 1: %.6f %.6f %.6f\n', ang(1,1), ang(1,2), ang(1,3));
fprintf('angle sum row 4: %.6f\n', sum(ang(4,:)));
fprintf('cosine sum: %.6f\n', sum(cosang(:)));

I = incenter(V, F);
fprintf('incenter 4: %.6f %.6f %.6f\n', I(4,1), I(4,2), I(4,3));

T = [1 2 3 4; 2 1 3 4];
vol = volume(V, T);
fprintf('tet volumes: %.6f %.6f\n', vol(1), vol(2));
