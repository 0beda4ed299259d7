function y = as_g(x)
% Calls its own folder's as_f (the folder is one unit in RunMat).
y = 10 * as_f(x);
end
