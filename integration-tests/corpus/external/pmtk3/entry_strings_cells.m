% Entry script (rmsnap corpus): string, cell and fold helpers from pmtk3.
fprintf('startswith: %d %d\n', startswith('pmtk3 toolbox', 'pmtk'), startswith('toolbox', 'pmtk'));
fprintf('endswith: %d %d\n', endswith('model.m', '.m'), endswith('m', 'model'));
fprintf('isSubstring: %d %d\n', isSubstring('box', 'toolbox'), isSubstring('BOX', 'toolbox', true));

names = {'alpha', 'beta', 'gamma', 'beta'};
idx = findString('beta', names);
fprintf('findString: %d %d %d %d\n', idx(1), idx(2), idx(3), idx(4));
k = cellfind(names, 'gamma');
fprintf('cellfind gamma: %d\n', k);

[train, test] = Kfold(7, 3);
for i = 1:numel(test)
  fprintf('fold %d: test=', i);
  fprintf(' %d', test{i});
  fprintf(' | train=');
  fprintf(' %d', train{i});
  fprintf('\n');
end

C = interweave({'a', 'b'}, {1, 2});
fprintf('interweave count: %d, first=%s\n', numel(C), C{1});

try
  oneOfK([1 2 3], 2);
  disp('no error');
catch e
  disp(e.message);
end
