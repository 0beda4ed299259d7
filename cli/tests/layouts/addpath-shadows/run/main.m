% A folder added at run time whose function shadows a RUNMAT_PATH one:
% RunMat looks a call to a search-path function up on the path as the script
% has changed it, except from that function's own folder.
disp(as_f(1))
addpath('../extra');
disp(as_f(1))
disp(as_g(1))
disp(use_as(1))
rmpath('../extra');
disp(as_f(1))
path('');
try
  as_f(1);
catch e
  disp(e.identifier)
end
