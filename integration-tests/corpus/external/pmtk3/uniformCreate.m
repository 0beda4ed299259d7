function model = uniformCreate(a, b)
%% Construct a uniform distribution
%PMTKdefn uniform(x | a, b)

% This file is from pmtk3.googlecode.com

model = structure(a, b);

end
