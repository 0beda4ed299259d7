% t12_simpson_gauss: composite Simpson and 3-point Gauss-Legendre
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

% Simpson is exact for cubics
actual = rm_simpson(3, 0, 2, 2);
expected = -2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'simpson_cubic'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'simpson_cubic', actual, expected); end
actual = rm_simpson(8, 0, 2, 2);
expected = 0.6666666666666666;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'simpson_quartic_mirror'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'simpson_quartic_mirror', actual, expected); end
q = rm_simpson(9, 0, 1);
actual = q;
expected = 1.7182819740518918;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'simpson_exp_mirror'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'simpson_exp_mirror', actual, expected); end
% Simpson error with 16 panels: (1/16)^4 / 180 * e ~ 2.3e-7 absolute
actual = q;
expected = 1.718281828459045;
err = abs(actual - expected); if err <= 1e-06 * max(1, abs(expected)); fprintf('ok %s\n', 'simpson_exp_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'simpson_exp_exact', actual, expected); end
actual = rm_simpson(7, 0, 1, 32);
expected = 0.785398163388209;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'simpson_arctan'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'simpson_arctan', actual, expected); end
% the 3-point Gauss rule integrates polynomials up to degree 5 exactly
actual = rm_gauss3(8, -1, 2);
expected = -0.9;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'gauss3_quartic_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'gauss3_quartic_exact', actual, expected); end
actual = rm_gauss3(3, 0, 2);
expected = -2;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'gauss3_cubic_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'gauss3_cubic_exact', actual, expected); end
actual = rm_gauss3(7, 0, 1, 4);
expected = 0.785398161584966;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'gauss3_arctan_mirror'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'gauss3_arctan_mirror', actual, expected); end
% composite Gauss with 4 panels on 1 / (1 + x^2): error well below 1e-7
actual = rm_gauss3(7, 0, 1, 4);
expected = 0.7853981633974483;
err = abs(actual - expected); if err <= 1e-07 * max(1, abs(expected)); fprintf('ok %s\n', 'gauss3_arctan_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'gauss3_arctan_exact', actual, expected); end
actual = rm_gauss3(6, 0, pi, 3);
expected = 2.000001358626235;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'gauss3_sin'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'gauss3_sin', actual, expected); end
fprintf('gauss3 pi/4 = %.6f\n', rm_gauss3(7, 0, 1, 4));
