function [t, Y] = rm_euler(pid, t0, y0, h, nsteps)
%RM_EULER Explicit Euler integration of built-in ODE problem pid.
%   [t, Y] = rm_euler(pid, t0, y0, h, nsteps) takes nsteps steps of size h
%   from (t0, y0). t is a row of nsteps + 1 times and Y holds the state in
%   its columns (numel(y0) rows).
if nargin < 5
    nsteps = 10;
end
d = numel(y0);
t = zeros(1, nsteps + 1);
Y = zeros(d, nsteps + 1);
if d == 1 && nsteps == 0
    % RunMat 0.6.2: a 1x1 needs a literal-index store before v(k) = ... works
    Y(1) = Y(1);
end
t(1) = t0;
for r = 1:d
    Y(r, 1) = y0(r);
end
for k = 1:nsteps
    f = rm_ode_rhs(pid, t(k), Y(:, k));
    for r = 1:d
        Y(r, k + 1) = Y(r, k) + h * f(r);
    end
    t(k + 1) = t0 + k * h;
end
end
