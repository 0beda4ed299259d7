function model = multinomCreate(N, p)
%% Create a multinomial distribution
%PMTKdefn Mu(x | N, p)

% This file is from pmtk3.googlecode.com


model = structure(N, p); 

end
