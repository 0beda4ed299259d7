% t17_qr_dot_norm: dot products, vector norms and Gram-Schmidt QR
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_dot([1, 2, 3], [4, 5, 6]);
expected = 32;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'dot_basic'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'dot_basic', actual, expected); end
actual = rm_dot([1; -1; 2], [3, 3, 0.5]);
expected = 1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'dot_mixed_orientation'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'dot_mixed_orientation', actual, expected); end
actual = rm_vnorm([3, 4]);
expected = 5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'vnorm_2'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'vnorm_2', actual, expected); end
actual = rm_vnorm([3, -4, 1], 1);
expected = 8;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'vnorm_1'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'vnorm_1', actual, expected); end
actual = rm_vnorm([3, -4, 1], Inf);
expected = 4;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'vnorm_inf'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'vnorm_inf', actual, expected); end
actual = rm_vnorm([1; 2; 2]);
expected = 3;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'vnorm_col'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'vnorm_col', actual, expected); end
[Q, R] = rm_qr_gs([1, 1; 1, 2; 1, 3]);
actual = R;
expected = [1.7320508075688772, 3.4641016151377544; 0, 1.4142135623730951];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'qr_R'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'qr_R', err, numel(actual), numel(expected)); end
actual = Q;
expected = [0.5773502691896258, -0.7071067811865475; 0.5773502691896258, 0; 0.5773502691896258, 0.7071067811865475];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'qr_Q'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'qr_Q', err, numel(actual), numel(expected)); end
actual = Q' * Q;
expected = [1, 0; 0, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-12 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'qr_orthonormal'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'qr_orthonormal', err, numel(actual), numel(expected)); end
A = [12, -51, 4; 6, 167, -68; -4, 24, -41];
[Q3, R3] = rm_qr_gs(A);
% classic example: with a positive diagonal R = [14 21 -14; 0 175 -70; 0 0 35]
actual = R3;
expected = [14, 21, -14; 0, 175, -70; 0, 0, 35];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'qr3_R'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'qr3_R', err, numel(actual), numel(expected)); end
actual = Q3;
expected = [0.8571428571428571, -0.3942857142857143, -0.3314285714285714; 0.42857142857142855, 0.9028571428571428, 0.03428571428571429; -0.2857142857142857, 0.17142857142857143, -0.9428571428571428];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'qr3_Q'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'qr3_Q', err, numel(actual), numel(expected)); end
actual = Q3 * R3;
expected = [12, -51, 4; 6, 167, -68; -4, 24, -41];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-12 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'qr3_reconstruct'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'qr3_reconstruct', err, numel(actual), numel(expected)); end
fprintf('R(2,2) = %.6f\n', R(2, 2));
