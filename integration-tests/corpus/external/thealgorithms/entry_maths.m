% Entry script (rmsnap corpus): small maths routines from TheAlgorithms/MATLAB-Octave.
fprintf('sum_of_digits(12345) = %d\n', sum_of_digits(12345));
fprintf('sum_of_digits(-907) = %d\n', sum_of_digits(-907));
fprintf('is_armstrong(121) = %d\n', is_armstrong(121));
fprintf('euclidean_distance = %.6f\n', euclidean_distance([0 0 0], [3 4 12]));
fprintf('isPalindrome racecar = %d, matlab = %d\n', isPalindrome('racecar'), isPalindrome('matlab'));
fprintf('twos complement of 1010 = %d\n', twos_complement_of_binary(1010));

[x1, x2] = shreeDharacharyaFormula(1, -3, 2);
fprintf('roots: %.6f %.6f\n', x1, x2);

x = [1 1; 1 2; 1 3; 1 4];
y = [3; 5; 7; 9];
theta = gradientdescent(x, y, [0; 0], 0.05, 200);
fprintf('theta after 200 steps: %.6f %.6f\n', theta(1), theta(2));
fprintf('cost at theta: %.6f\n', computecost(x, y, theta));
fprintf('cost at exact fit: %.6f\n', computecost(x, y, [1; 2]));

try
  [r1, r2] = shreeDharacharyaFormula(1, 0, 1);
  fprintf('roots: %.6f %.6f\n', r1, r2);
catch e
  disp(e.message);
end
