% t13_adaptive_simpson: adaptive Simpson quadrature with an explicit stack
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

[q, nev] = rm_adapt_simpson(10, 0, 1);
% sqrt has an unbounded derivative at 0, so the rule refines heavily there;
% the per-piece estimates sum to an error well below 1e-8
actual = q;
expected = 0.6666666666666666;
err = abs(actual - expected); if err <= 1e-08 * max(1, abs(expected)); fprintf('ok %s\n', 'adapt_sqrt_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'adapt_sqrt_exact', actual, expected); end
actual = q;
expected = 0.6666666666666388;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'adapt_sqrt_mirror'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'adapt_sqrt_mirror', actual, expected); end
actual = nev;
expected = 953;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'adapt_sqrt_nevals'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'adapt_sqrt_nevals', actual, expected); end
[q2, nev2] = rm_adapt_simpson(7, 0, 1, 1e-12);
actual = q2;
expected = 0.7853981633974483;
err = abs(actual - expected); if err <= 1e-10 * max(1, abs(expected)); fprintf('ok %s\n', 'adapt_arctan_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'adapt_arctan_exact', actual, expected); end
actual = nev2;
expected = 609;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'adapt_arctan_nevals'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'adapt_arctan_nevals', actual, expected); end
actual = rm_adapt_simpson(6, 0, pi, 1e-9);
expected = 2;
err = abs(actual - expected); if err <= 1e-08 * max(1, abs(expected)); fprintf('ok %s\n', 'adapt_sin_exact'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'adapt_sin_exact', actual, expected); end
% with maxdepth = 0 the answer is one Richardson-extrapolated Simpson step
[q4, nev4] = rm_adapt_simpson(9, 0, 1, 1e-10, 0);
actual = q4;
expected = 1.7182826879247575;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'adapt_depth0_value'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'adapt_depth0_value', actual, expected); end
actual = nev4;
expected = 5;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'adapt_depth0_nevals'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'adapt_depth0_nevals', actual, expected); end
actual = rm_adapt_simpson(3, -1, 3);
expected = 8;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'adapt_cubic'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'adapt_cubic', actual, expected); end
fprintf('adaptive sqrt integral = %.6f with %d evaluations\n', q, nev);
