function B = repmatC(varargin)
%% A c version of repmat
%PMTKmex

% This file is from pmtk3.googlecode.com

   B = repmat(varargin{:}); 
end
