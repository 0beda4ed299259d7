% Entry script (rmsnap corpus): 2-D/3-D type checks and argument errors from the Spatial Math Toolbox.
th = pi/6;
R2 = [cos(th) -sin(th); sin(th) cos(th)];
T2 = eye(3);
T2(1:2, 1:2) = R2;
T2(1:2, 3) = [1; 2];
fprintf('isrot2(R2) = %d, isrot2(T2) = %d\n', isrot2(R2, 1), isrot2(T2));
fprintf('ishomog2(T2) = %d, ishomog2(R2) = %d\n', ishomog2(T2, 1), ishomog2(R2));

try
  unit([0 0 0]);
  disp('no error');
catch e
  disp(e.message);
end

try
  rotx([1 2]);
  disp('no error');
catch e
  disp(e.message);
end
