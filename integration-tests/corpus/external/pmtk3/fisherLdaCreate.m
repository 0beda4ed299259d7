function model = fisherLdaCreate(W, Z, K)
%% Construct a fisherLda model

% This file is from pmtk3.googlecode.com


model = structure(W, Z, K); 
end
