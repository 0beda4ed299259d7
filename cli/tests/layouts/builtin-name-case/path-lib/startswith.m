function tf = startswith(str, prefix)
% A search-path function named like the builtin `startsWith` in another
% letter case: RunMat compiles a call of `startswith` outside this folder as
% a builtin call (which fails); inside its folder, this file is called.
if iscell(str)
    tf = cellfun(@(s) startswith(s, prefix), str);
    return
end
tf = strncmp(str, prefix, length(prefix));
end
