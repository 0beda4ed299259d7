function model = ggmCreate(G, precMat)
%% Construct a ggm model

% This file is from pmtk3.googlecode.com


model = structure(G, precMat); 

end
