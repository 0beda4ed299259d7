% t16_determinant: determinants from the pivoted LU factorisation
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_det([0, 2, 1; 1, 1, 1; 2, 1, 3]);
expected = -3;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'det_3x3_pivoted'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'det_3x3_pivoted', actual, expected); end
actual = rm_det([1, 2; 3, 4]);
expected = -2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'det_2x2'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'det_2x2', actual, expected); end
actual = rm_det(eye(5));
expected = 1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'det_identity'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'det_identity', actual, expected); end
actual = rm_det(2 * eye(3));
expected = 8;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'det_scaled_identity'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'det_scaled_identity', actual, expected); end
actual = rm_det([0, 1; 1, 0]);
expected = -1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'det_swap'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'det_swap', actual, expected); end
actual = rm_det([0, 1, 0; 0, 0, 1; 1, 0, 0]);
expected = 1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'det_cycle'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'det_cycle', actual, expected); end
actual = rm_det([2, -1, 0, 3; 1, 4, -2, 0; 0, 3, 5, -1; 6, 0, 1, 2]);
expected = -342;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'det_4x4'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'det_4x4', actual, expected); end
% a singular matrix: rounding leaves at most ~1e-15 on the diagonal of U
actual = rm_det([1, 2, 3; 4, 5, 6; 7, 8, 9]);
expected = 0;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'det_singular'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'det_singular', actual, expected); end
actual = rm_det([0, 1; 0, 2]);
expected = 0;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'det_zero_column'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'det_zero_column', actual, expected); end
H = zeros(4);
for r = 1:4
    for c = 1:4
        H(r, c) = 1 / (r + c - 1);
    end
end
% the 4x4 Hilbert matrix is ill conditioned; its determinant is 1/6048000
actual = rm_det(H) * 6048000;
expected = 1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'det_hilbert'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'det_hilbert', actual, expected); end
fprintf('det(D4) = %.6f\n', rm_det([2, -1, 0, 3; 1, 4, -2, 0; 0, 3, 5, -1; 6, 0, 1, 2]));
