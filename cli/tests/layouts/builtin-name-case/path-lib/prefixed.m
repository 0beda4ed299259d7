function [tf, trimmed] = prefixed(names, prefix)
% Calls its own folder's functions: RunMat compiles them with this file.
tf = startswith(names, prefix);
trimmed = strtrim(prefix);
end
