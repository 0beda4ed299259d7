% s03_filter: direct-form FIR/IIR filtering and zero-phase filtering
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

x = [1, -0.5, 2, 0.25, -1, 3, 0.5, -2];
y = sig_filter(1, [1, -0.5], [1, 0, 0, 0, 0, 0]);
fprintf('impulse response tail = %.6f\n', y(end));
actual = sig_filter([1, 2, 3], 1, [1, 0, 0, 0, 0]);
expected = [1, 2, 3, 0, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'fir_impulse'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'fir_impulse', err, numel(actual), numel(expected)); end
actual = y;
expected = [1, 0.5, 0.25, 0.125, 0.0625, 0.03125];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'iir_impulse_geometric'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'iir_impulse_geometric', err, numel(actual), numel(expected)); end
actual = sig_filter([0.5, -1, 2], 1, x);
expected = [0.5, -1.25, 3.5, -2.875, 3.25, 3, -4.75, 4.5];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'fir_general'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'fir_general', err, numel(actual), numel(expected)); end
actual = sig_filter([0.2, 0.3], [1, -0.6, 0.25], x);
expected = [0.2, 0.31999999999999995, 0.392, 0.8052, 0.26011999999999996, 0.2547720000000001, 1.0878332, 0.33900692];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'iir_second_order'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'iir_second_order', err, numel(actual), numel(expected)); end
actual = sig_filter([2, 2], [2, -1], x);
expected = [1, 1, 2, 3.25, 0.875, 2.4375, 4.71875, 0.859375];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'iir_a0_normalized'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'iir_a0_normalized', err, numel(actual), numel(expected)); end
actual = sig_filter(1, [1, 0.8], x');
expected = [1, -1.3, 3.04, -2.1820000000000004, 0.7456000000000005, 2.4035199999999994, -1.4228159999999996, -0.8617472000000002];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'iir_column_input'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'iir_column_input', err, numel(actual), numel(expected)); end
% step response of a one-pole smoother: y(n) = 1 - 0.9^n
y = sig_filter(0.1, [1, -0.9], ones(1, 200));
actual = y(200);
expected = 0.9999999992944921;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'iir_step_steady'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'iir_step_steady', actual, expected); end
actual = sig_filter(2, 1, 3);
expected = 6;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'filter_scalar'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'filter_scalar', actual, expected); end
raised = 0;
try
    y = sig_filter(1, [0, 1], x);
catch err
    raised = 1;
end
if raised == 1; fprintf('ok %s\n', 'filter_a0_zero'); else; fprintf('FAIL %s expected an error\n', 'filter_a0_zero'); end
z = sig_zero_phase([0.25, 0.5, 0.25], x);
fprintf('zero-phase z(4) = %.6f\n', z(4));
actual = z;
expected = [0.375, 0.578125, 0.6875, 0.5, 0.59375, 0.890625, 0.59375, 0.125];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'zero_phase_general'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'zero_phase_general', err, numel(actual), numel(expected)); end
% a centred impulse comes back as conv(b, fliplr(b)) with no delay
d = zeros(1, 11);
d(6) = 1;
z = sig_zero_phase([1, 2, 1] / 4, d);
actual = z(4:8);
expected = [0.0625, 0.25, 0.375, 0.25, 0.0625];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'zero_phase_impulse'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'zero_phase_impulse', err, numel(actual), numel(expected)); end
actual = z(3) + z(9);
expected = 0;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'zero_phase_impulse_delay'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'zero_phase_impulse_delay', actual, expected); end
actual = sig_zero_phase([1, 1], [1, 2]);
expected = [4, 3];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'zero_phase_length_two'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'zero_phase_length_two', err, numel(actual), numel(expected)); end
