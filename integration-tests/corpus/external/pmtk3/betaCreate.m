function model = betaCreate(a, b)
%% Construct a beta distribution
%PMTKdefn betadist(x | a, b)

% This file is from pmtk3.googlecode.com

model = structure(a, b); 

end
