function model = knnCreate(X, y, K)
%% Construct a KNN model

% This file is from pmtk3.googlecode.com

model = structure(X, y, K); 
end
