% A folder the script adds to the search path while it runs (not in the
% snapshot): its functions are compiled when first called, as RunMat does.
addpath('../extra');
disp(ap_f(2))
disp(use_ap(1))
h = str2func('ap_g');
disp(h(3))
rmpath('../extra');
try
  ap_g(1);
catch e
  disp(e.identifier)
end
