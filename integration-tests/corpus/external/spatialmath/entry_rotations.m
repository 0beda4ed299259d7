% Entry script (rmsnap corpus): elementary rotations from the Spatial Math Toolbox.
Rx = rotx(pi/2);
Ry = roty(30, 'deg');
Rz = rotz(pi/4);
fprintf('rotx(pi/2) row 2: %.6f %.6f %.6f\n', Rx(2,1), Rx(2,2), Rx(2,3));
fprintf('roty(30deg) (1,1),(1,3): %.6f %.6f\n', Ry(1,1), Ry(1,3));
fprintf('rotz(pi/4) (1,1),(2,1): %.6f %.6f\n', Rz(1,1), Rz(2,1));
R = Rz * Ry * Rx;
fprintf('det(R) = %.6f\n', det(R));
fprintf('orthogonality error = %.6f\n', norm(R' * R - eye(3)));
fprintf('isrot(R) = %d, isrot(eye(4)) = %d\n', isrot(R, 1), isrot(eye(4)));

T = eye(4);
T(1:3, 1:3) = R;
T(1:3, 4) = [1; 2; 3];
fprintf('ishomog(T) = %d, ishomog(R) = %d\n', ishomog(T, 1), ishomog(R));
R2 = T(1:3, 1:3);
fprintf('rotation block error: %.6f\n', norm(R2 - R));
