% Files on the search path changing while the script runs: RunMat looks a
% call to a search-path function up, and reads its file, when it is made.
% A file written into a folder ahead on the path wins from the next call; one
% rewritten (at the same size too) runs as it is now; one removed gives way
% to the next folder's. The files are as they were when the script ends.
disp(pc_f(1))
put('../path-lib/pc_f.m', 'y = x + 100;');
disp(pc_f(1))
put('../path-lib/pc_f.m', 'y = x + 1000;');
disp(pc_f(1))
put('../path-lib/pc_f.m', 'y = x + 2000;');
disp(pc_f(1))
h = @pc_f;
delete('../path-lib/pc_f.m');
disp(pc_f(1))
put('../path-lib2/pc_f.m', 'y = x + 7;');
disp(h(1))
disp(feval('pc_f', 1))
put('../path-lib2/pc_f.m', 'y = x + 1;');
disp(pc_f(1))

function put(file, body)
  fid = fopen(file, 'w');
  fprintf(fid, 'function y = pc_f(x)\n%s\nend\n', body);
  fclose(fid);
end
