function model = dirichletCreate(alpha)
%% Construct a dirichlet distribution
%PMTKdefn dirichlet(x | \alpha)
%%

% This file is from pmtk3.googlecode.com

model = structure(alpha); 
end
