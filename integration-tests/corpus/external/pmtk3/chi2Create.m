function model = chi2Create(dof)
%% Construct a chi2 distribution
%PMTKdefn \chi^2(x | \nu)
%%

% This file is from pmtk3.googlecode.com

model = structure(dof); 


end
