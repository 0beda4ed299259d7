function model = mlpCreate(w, nHidden)
%% Constructor

% This file is from pmtk3.googlecode.com


model.w  = w;
model.nHidden = nHidden;
model.modelType = 'mlp';
 

end
