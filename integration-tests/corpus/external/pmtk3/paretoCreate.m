function model = paretoCreate(m, K)
%% Create a pareto distribution
%PMTKdefn pareto(x | m, K)

% This file is from pmtk3.googlecode.com

model = structure(m, K); 

end
