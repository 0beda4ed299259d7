function model = invGammaCreate(a, b)
%% Construct an inverse Gamma distribution
%PMTKdefn \Gamma^{-1}(x | a, b)

% This file is from pmtk3.googlecode.com

model = structure(a, b); 

end
