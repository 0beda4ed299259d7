% Entry script (rmsnap corpus): domain checks and trigonometric weights from Chebfun.
fprintf('isSubset([0 1],[-1 2]) = %d\n', isSubset([0 1], [-1 2], 0));
fprintf('isSubset([0 3],[-1 2]) = %d\n', isSubset([0 3], [-1 2], 0));
fprintf('isSubset([0 1 2 3],[0 1 1 4]) = %d\n', isSubset([0 1 2 3], [0 1 1 4], 0));

m = 6;
t = 2*pi*(0:m-1)'/m;
w = trigBaryWeights(t);
fprintf('trig weights:');
fprintf(' %.1f', w);
fprintf('\n');

tt = [0; 0.5; 1.7; 3];
w2 = trigBaryWeights(tt);
fprintf('trig weights (nonuniform): %.6f %.6f %.6f %.6f\n', w2(1), w2(2), w2(3), w2(4));

try
  isSubset([0 1 2], [0 1], 0);
  disp('no error');
catch e
  disp(e.message);
end

try
  legpts(-3);
  disp('no error');
catch e
  disp(e.message);
end
