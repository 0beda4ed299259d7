function model = poissonCreate(lambda)
%% Create a poisson distribution
%PMTKdefn poisson(x | \lambda)

% This file is from pmtk3.googlecode.com

model = structure(lambda); 
end
