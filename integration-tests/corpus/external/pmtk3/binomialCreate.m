function model = binomialCreate(mu, N)
%% Construct a binomial distribution
%PMTKdefn binom(x | N, \mu)

% This file is from pmtk3.googlecode.com


model = structure(mu, N); 
end
