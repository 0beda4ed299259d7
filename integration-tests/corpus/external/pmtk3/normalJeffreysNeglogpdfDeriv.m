function out=normalJeffreysNeglogpdfDeriv(w)
% Derivative of the normal Jeffrey's negative logpdf function\%

% This file is from pmtk3.googlecode.com

out=1./abs(w);
end
