% The script folder's private sh_b serves the script (also by a computed
% name) and the folder's own functions; the search path's sh_c gets the public one.
fprintf('%d %d %d %d\n', sh_a(1), sh_c(1), feval('sh_b', 2), sh_d(5));
