% A folder added at run time whose function shadows a RUNMAT_PATH one:
% RunMat looks a call to a search-path function up on the path as the script
% has changed it, except from that function's own folder; a handle, `feval`
% and `str2func` when they are invoked.
h = @as_f;
disp(as_f(1))
addpath('../extra');
disp(as_f(1))
disp(h(1))
disp(feval('as_f', 1))
k = str2func('as_f');
disp(k(1))
disp(as_g(1))
disp(use_as(1))
rmpath('../extra');
disp(as_f(1))
disp(h(1))
path('');
try
  as_f(1);
catch e
  disp(e.identifier)
end
