
% This file is from pmtk3.googlecode.com

function [K] = kernelLinearPmtk(X1,X2)
K = X1*X2';
end
