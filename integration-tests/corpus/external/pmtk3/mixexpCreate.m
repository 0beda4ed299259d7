function [model] = mixexpCreate()
%% Create a mixture of experts model 
model.modelType = 'mixexp';
end
