function model = wishartCreate(Sigma, dof)
%% Construct a wishart distribution
%PMTKdefn WI(S | \Sigma, \nu)

% This file is from pmtk3.googlecode.com


model = structure(Sigma, dof); 


end
