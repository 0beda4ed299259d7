function dy = rm_ode_rhs(pid, t, y)
%RM_ODE_RHS Right-hand sides of the built-in ODE test problems.
%   dy = rm_ode_rhs(pid, t, y) returns dy/dt as a column vector:
%     1: y' = -2 y                  (exact y0 * exp(-2 t))
%     2: y' = t - y                 (exact t - 1 + (y0 + 1) exp(-t))
%     3: y1' = y2, y2' = -y1        (harmonic oscillator)
%     4: y' = y (1 - y)             (logistic growth)
if pid == 1
    dy = -2 * y(1);
elseif pid == 2
    dy = t - y(1);
elseif pid == 3
    if numel(y) ~= 2
        error('rm_ode_rhs: the oscillator needs a 2-element state');
    end
    dy = zeros(2, 1);
    dy(1) = y(2);
    dy(2) = -y(1);
elseif pid == 4
    dy = y(1) * (1 - y(1));
else
    error('rm_ode_rhs: unknown problem id %d', pid);
end
end
