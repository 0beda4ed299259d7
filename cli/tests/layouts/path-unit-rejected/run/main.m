% Every call that loads a search-path folder holding a file RunMat's compiler
% rejects fails with that file's error.
disp('start');
try
  twice(1);
catch e
  fprintf('call: %s\n', e.message);
end
f = @twice;
try
  f(2);
catch e
  fprintf('handle: %s\n', e.message);
end
try
  cellfun(@twice, {1, 2});
catch e
  fprintf('cellfun: %s\n', e.message);
end
try
  passon(3);
catch e
  fprintf('the file itself: %s\n', e.message);
end
disp(twice(4));
