% Names that match a builtin in another letter case (RunMat's compiler folds
% case; its run-time dispatch does not).
[tf, trimmed] = prefixed({'pmtk3 toolbox', 'toolbox'}, 'pmtk');
fprintf('from its folder: %d %d %s\n', tf(1), tf(2), trimmed);
fprintf('beside the script: %s\n', Upper('x'));
fprintf('builtin: [%s]\n', strtrim('  y  '));
fprintf('cellfun by handle: %d\n', cellfun(@endswith, {'ab'}, {'b'}));
fprintf('cellfun by name: %d\n', cellfun('endswith', {'ab'}, {'b'}));
try
  f = @endswith;
  disp(f('ab', 'b'));
catch e
  fprintf('handle: %s\n', e.message);
end
try
  disp(feval('endswith', 'ab', 'b'));
catch e
  fprintf('feval: %s\n', e.message);
end
try
  x = endswith;
catch e
  fprintf('bare: %s\n', e.message);
end
fprintf('startswith: %d\n', startswith('pmtk3 toolbox', 'pmtk'));
