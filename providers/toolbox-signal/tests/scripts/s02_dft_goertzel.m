% s02_dft_goertzel: naive DFT, inverse DFT and the Goertzel recurrence
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

x7 = [0.3, -1.2, 2.5, 0.7, -0.4, 1.9, -2.2];
x8 = [1, 0.5, -0.25, 2, -1.5, 0.75, 0, -0.5];
[re, im] = sig_dft([1, 2, 3, 4]);
fprintf('dft([1 2 3 4]) bin 1 = %.6f %+.6fi\n', re(2), im(2));
actual = re;
expected = [10, -2, -2, -2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'dft_small_re'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'dft_small_re', err, numel(actual), numel(expected)); end
actual = im;
expected = [0, 2, 0, -2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'dft_small_im'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'dft_small_im', err, numel(actual), numel(expected)); end
[re, im] = sig_dft(x7);
actual = re;
expected = [1.5999999999999996, -3.069248096098203, -2.720644902761554, 6.039892998859763, 6.039892998859757, -2.7206449027615633, -3.0692480960981983];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'dft_x7_re'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'dft_x7_re', err, numel(actual), numel(expected)); end
actual = im;
expected = [0, -1.8440603428064386, 0.14541696200354348, -1.037205553036742, 1.0372055530367497, -0.14541696200354348, 1.844060342806434];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'dft_x7_im'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'dft_x7_im', err, numel(actual), numel(expected)); end
% Parseval: sum |X|^2 / N = sum x^2
actual = sum(re .^ 2 + im .^ 2) / 7;
expected = 16.88;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'dft_parseval'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'dft_parseval', actual, expected); end
[xr, xi] = sig_idft(re, im);
actual = xr;
expected = [0.3, -1.2, 2.5, 0.7, -0.4, 1.9, -2.2];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'idft_roundtrip_real'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'idft_roundtrip_real', err, numel(actual), numel(expected)); end
actual = xi;
expected = [0, 0, 0, 0, 0, 0, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'idft_roundtrip_imag'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'idft_roundtrip_imag', err, numel(actual), numel(expected)); end
actual = sig_idft([4, 0, 0, 0]);
expected = [1, 1, 1, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'idft_default_im'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'idft_default_im', err, numel(actual), numel(expected)); end
[xr, xi] = sig_idft([0, 4, 0, 0], [0, 0, 0, 0]);
actual = xr;
expected = [1, 0, -1, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'idft_single_bin_real'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'idft_single_bin_real', err, numel(actual), numel(expected)); end
actual = xi;
expected = [0, 1, 0, -1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'idft_single_bin_imag'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'idft_single_bin_imag', err, numel(actual), numel(expected)); end
[re, im] = sig_dft(5);
actual = re;
expected = 5;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'dft_one_sample_re'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'dft_one_sample_re', actual, expected); end
actual = im;
expected = 0;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'dft_one_sample_im'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'dft_one_sample_im', actual, expected); end
[pw, gre, gim] = sig_goertzel(x8, 3);
fprintf('goertzel(x8, 3) power = %.6f\n', pw);
actual = pw;
expected = 23.143213370149887;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'goertzel_bin3_power'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'goertzel_bin3_power', actual, expected); end
actual = gre;
expected = 4.444543648263005;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'goertzel_bin3_re'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'goertzel_bin3_re', actual, expected); end
actual = gim;
expected = -1.8409902576697306;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'goertzel_bin3_im'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'goertzel_bin3_im', actual, expected); end
[pw, gre, gim] = sig_goertzel(x8, 1.5);
actual = pw;
expected = 0.2370662278704264;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'goertzel_fractional_power'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'goertzel_fractional_power', actual, expected); end
actual = gre;
expected = 0.4046107120226182;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'goertzel_fractional_re'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'goertzel_fractional_re', actual, expected); end
actual = gim;
expected = -0.27084386569936614;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'goertzel_fractional_im'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'goertzel_fractional_im', actual, expected); end
% bin 0 is the plain sum; the Goertzel bins agree with the DFT
actual = sig_goertzel(x8, 0);
expected = 4;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'goertzel_dc'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'goertzel_dc', actual, expected); end
[re, im] = sig_dft(x8);
[pw, gre, gim] = sig_goertzel(x8, 6);
actual = abs(gre - re(7)) + abs(gim - im(7));
expected = 0;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'goertzel_matches_dft'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'goertzel_matches_dft', actual, expected); end
