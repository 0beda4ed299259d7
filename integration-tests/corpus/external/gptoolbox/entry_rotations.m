% Entry script (rmsnap corpus): axis-angle and quaternion rotations from gptoolbox.
q = axisangle2quat([0 0 1], pi/2);
fprintf('quat: %.6f %.6f %.6f %.6f\n', q(1), q(2), q(3), q(4));

R = quat2mat(q);
for i = 1:3
  fprintf('R(%d,:) = %.6f %.6f %.6f\n', i, R(i,1,1), R(i,2,1), R(i,3,1));
end

W = [0 0 1; 1 0 0];
M = axisangle2matrix(W, [pi/2; pi]);
fprintf('M1(1,2) = %.6f, M2(2,2) = %.6f\n', M(1,2,1), M(2,2,2));
fprintf('det M1 = %.6f\n', det(M(:,:,1)));

C = slerp([1 0 0; 0 2 0], [0 1 0; 0 0 2], [0.5; 0.5]);
fprintf('slerp 1: %.6f %.6f %.6f\n', C(1,1), C(1,2), C(1,3));
fprintf('slerp 2: %.6f %.6f %.6f\n', C(2,1), C(2,2), C(2,3));

q0 = [1 0 0 0; 1 0 0 0];
q1 = axisangle2quat([0 0 1; 1 0 0], [pi/2; pi/3]);
qt = quatslerp(q0, q1, [0.5; 0.5]);
fprintf('quatslerp 1: %.6f %.6f %.6f %.6f\n', qt(1,1), qt(1,2), qt(1,3), qt(1,4));
fprintf('quatslerp 2: %.6f %.6f %.6f %.6f\n', qt(2,1), qt(2,2), qt(2,3), qt(2,4));

U = [0 0; 1 0; 0 1; 1 1];
Rt = [0 -1; 1 0];
Vt = U * Rt + repmat([2 3], 4, 1);
[Rf, tf] = fit_rigid(Vt, U);
fprintf('fit_rigid R: %.6f %.6f %.6f %.6f\n', Rf(1,1), Rf(1,2), Rf(2,1), Rf(2,2));
fprintf('fit_rigid t: %.6f %.6f\n', tf(1), tf(2));
