function [t, Y] = rm_rk4(pid, t0, y0, h, nsteps)
%RM_RK4 Classical fourth-order Runge-Kutta integration of ODE problem pid.
%   [t, Y] = rm_rk4(pid, t0, y0, h, nsteps) takes nsteps steps of size h
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
    tk = t(k);
    yk = Y(:, k);
    k1 = rm_ode_rhs(pid, tk, yk);
    k2 = rm_ode_rhs(pid, tk + h / 2, yk + (h / 2) * k1);
    k3 = rm_ode_rhs(pid, tk + h / 2, yk + (h / 2) * k2);
    k4 = rm_ode_rhs(pid, tk + h, yk + h * k3);
    for r = 1:d
        Y(r, k + 1) = yk(r) + h / 6 * (k1(r) + 2 * k2(r) + 2 * k3(r) + k4(r));
    end
    t(k + 1) = t0 + k * h;
end
end
