function out=laplaceNeglogpdfDeriv(w,scale)
% Derivative of the laplace logpdf function

% This file is from pmtk3.googlecode.com

gamma = sqrt(2*scale);
out=gamma;
end
