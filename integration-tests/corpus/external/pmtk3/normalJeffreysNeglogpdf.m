function out=normalJeffreysNeglogpdf(w)
% Normal Jeffery's Negative logpdf

% This file is from pmtk3.googlecode.com

out=log(abs(w));
end
