% s04_fir_decimate: windowed-sinc low-pass design and decimation
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

h = sig_fir_lowpass(11, 0.2);
fprintf('centre tap = %.6f\n', h(6));
actual = h;
expected = [-1.2413734582827926e-18, -0.012641975736843307, -0.0246922577087696, 0.06350512994603745, 0.27479775117324395, 0.398062704652663, 0.274797751173244, 0.06350512994603748, -0.024692257708769608, -0.012641975736843312, -1.2413734582827926e-18];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'fir_hamming_taps'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'fir_hamming_taps', err, numel(actual), numel(expected)); end
actual = sum(h);
expected = 1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'fir_unit_dc_gain'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fir_unit_dc_gain', actual, expected); end
actual = h - h(end:-1:1);
expected = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'fir_linear_phase'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'fir_linear_phase', err, numel(actual), numel(expected)); end
actual = sig_fir_lowpass(11, 0.2, 'hann');
expected = [0, -0.0071374473333846765, -0.021279756564363657, 0.0604694241800842, 0.2704274860538755, 0.39504058732757735, 0.2704274860538755, 0.0604694241800842, -0.021279756564363664, -0.007137447333384681, 0];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'fir_hann_taps'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'fir_hann_taps', err, numel(actual), numel(expected)); end
actual = sig_fir_lowpass(7, 0.25, 'rect');
expected = [-0.11477908094455233, 2.1084575113173145e-17, 0.34433724283365696, 0.5408836762217907, 0.34433724283365696, 2.1084575113173145e-17, -0.11477908094455233];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'fir_rect_taps'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'fir_rect_taps', err, numel(actual), numel(expected)); end
actual = sig_fir_lowpass(1, 0.25);
expected = 1;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'fir_single_tap'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fir_single_tap', actual, expected); end
% stop-band gain |H(0.4)|^2, read with the Goertzel recurrence at k = 0.4 * 11
actual = sig_goertzel(h, 0.4 * 11);
expected = 4.522325938350149e-06;
err = abs(actual - expected); if err <= 1e-09 * max(1, abs(expected)); fprintf('ok %s\n', 'fir_stopband_goertzel'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'fir_stopband_goertzel', actual, expected); end
if sig_goertzel(h, 0.4 * 11) < 1e-3; fprintf('ok %s\n', 'fir_stopband_small'); else; fprintf('FAIL %s expected stop-band power below 1e-3\n', 'fir_stopband_small'); end
raised = 0;
try
    h = sig_fir_lowpass(11, 0.6);
catch err
    raised = 1;
end
if raised == 1; fprintf('ok %s\n', 'fir_bad_cutoff'); else; fprintf('FAIL %s expected an error\n', 'fir_bad_cutoff'); end
raised = 0;
try
    h = sig_fir_lowpass(11, 0.2, 'kaiser');
catch err
    raised = 1;
end
if raised == 1; fprintf('ok %s\n', 'fir_bad_window'); else; fprintf('FAIL %s expected an error\n', 'fir_bad_window'); end
x = [0.5, -0.23478264816528283, 0.5810141984672138, 0.5984934117611493, 0.3658351110543431, 1.2845452525225247, 0.42053547190170426, 1.3108567140929743, 0.904336071135411, 0.808052424972137, 1.3555650134826287, 0.37729331582972775, 1.2086665827977199, 0.39654715269783325, 0.4503584143370557, 0.6029096205211883, -0.3395550093798225, 0.42835310583503106, -0.6131742008755575, -0.3014343479826508, -0.43327675510499497, -1.1142252488093078, -0.3482705748447753, -1.3821900121212578, -0.7143738532391948, -0.9999999999999961, -1.250200648218189, -0.47736295965523845, -1.3403852761592536, -0.3437120060335206, -0.7422937494799372, -0.550124235147509, 0.11579442654585542, -0.5539341448936596, 0.5902214765084275, 0.015124368228718488, 0.5131489338663634, 0.8783008267995527, 0.332359902753851, 1.3753200442579983];
[y, hd] = sig_decimate(x, 2);
fprintf('decimated y(5) = %.6f\n', y(5));
actual = numel(y);
expected = 20;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'decimate_length'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'decimate_length', actual, expected); end
actual = y;
expected = [0.14795668926300815, 0.3359597575613789, 0.6957770183235128, 0.9043846445607218, 1.0010871314428256, 0.9539615302525039, 0.7728793990004293, 0.48323021038539454, 0.12571705746491293, -0.2494523620600476, -0.5895866873595526, -0.8469154210639163, -0.9852977427259675, -0.9856254557762453, -0.8438431102248165, -0.5981876287774212, -0.09196843194039843, 0.02037330419200184, -0.006068836859932545, 0.0022336119672445648];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'decimate_by_2'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'decimate_by_2', err, numel(actual), numel(expected)); end
actual = hd;
expected = [-1.5619827730160107e-18, -0.0052391810630145275, 4.192574205204985e-18, 0.023211101786365075, -1.054338371785807e-17, -0.07610584574867355, 1.6894193230511156e-17, 0.30769877873674434, 0.5008702925771572, 0.3076987787367444, 1.689419323051116e-17, -0.07610584574867359, -1.0543383717858072e-17, 0.02321110178636507, 4.192574205204986e-18, -0.005239181063014533, -1.5619827730160107e-18];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'decimate_default_taps'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'decimate_default_taps', err, numel(actual), numel(expected)); end
actual = numel(hd);
expected = 17;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'decimate_default_ntaps'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'decimate_default_ntaps', actual, expected); end
x31 = [0, 0.724217687237691, 1.1054497299884603, 0.9832093666488739, 0.4149881501559051, -0.35078322768961984, -0.9915757724135876, -1.2624526126243327, -1.1112666378723217, -0.7031860995156501, -0.34301340128121094, -0.3318317661229996, -0.8254010919117183, -1.7609016376506479, -2.8864791292519274, -3.87969575997167, -4.4991777291513175, -4.698137112237035, -4.646376952778863, -4.650430237803398, -5.009392644305129, -5.8742531688570665, -7.176881643254296, -8.662071417184006, -10.007567033581502, -10.975626005468158, -11.524832822406283, -11.82957731219319, -12.198036379931867, -12.927233594164093, -14.163344361463944];
actual = sig_decimate(x31, 3, 13);
expected = [0.36283263646863834, 0.6450972569471738, -0.7124868328215144, -0.7203915483571327, -1.1222780499328469, -3.5977216619010175, -4.669238916208324, -6.486655061396395, -6.09923566184654, 0.239100704662561, 1.0192585784922012e-17];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'decimate_by_3'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'decimate_by_3', err, numel(actual), numel(expected)); end
actual = sig_decimate([4, 5, 6], 1);
expected = [4, 5, 6];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'decimate_by_1_copies'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'decimate_by_1_copies', err, numel(actual), numel(expected)); end
% a constant passes unchanged once the edges are out of reach of the filter
y = sig_decimate(ones(1, 40), 2);
actual = y(9:12);
expected = [1, 1, 1, 1];
if numel(actual) == numel(expected); err = max(abs(actual(:) - expected(:))); else; err = Inf; end
if err <= 1e-09 * max(1, max(abs(expected(:)))); fprintf('ok %s\n', 'decimate_constant_interior'); else; fprintf('FAIL %s max abs err %.15g (numel %d, expected %d)\n', 'decimate_constant_interior', err, numel(actual), numel(expected)); end
raised = 0;
try
    y = sig_decimate(x, 1.5);
catch err
    raised = 1;
end
if raised == 1; fprintf('ok %s\n', 'decimate_bad_factor'); else; fprintf('FAIL %s expected an error\n', 'decimate_bad_factor'); end
