% Entry script (rmsnap corpus): angle differences and unit vectors from the Spatial Math Toolbox.
d = angdiff(0.1, 2*pi - 0.1);
fprintf('angdiff(0.1, 2pi-0.1): %.6f\n', d);
fprintf('angdiff pair [3 -3]: %.6f\n', angdiff([3 -3]));
dv = angdiff([0 pi/2 pi], [pi 0 -pi]);
fprintf('angdiff vector: %.6f %.6f %.6f\n', dv(1), dv(2), dv(3));

u = unit([3 0 4]);
fprintf('unit: %.6f %.6f %.6f, isunit: %d\n', u(1), u(2), u(3), isunit(u));
fprintf('isunit([1 1 0]) = %d\n', isunit([1 1 0]));
fprintf('isvec: %d %d %d\n', isvec([1 2 3]), isvec([1 2 3 4], 4), isvec(eye(3)));

total = 0;
for k = 1:8
  total = total + angdiff(k*pi/3, 0);
end
fprintf('sum of wrapped angles: %.6f\n', total);
