% RunMat compiles the script with its project's function files as one unit:
% a file its bytecode compiler rejects fails the script's compile,
% though the script never calls it. Nothing runs.
disp('start');
disp(twice(1));
