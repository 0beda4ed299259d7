function L = squaredErrorLossFn(yhat, ytest)
L = (yhat - ytest).^2;
%L = (yhat(:) - ytest(:)).^2;

% This file is from pmtk3.googlecode.com

end
