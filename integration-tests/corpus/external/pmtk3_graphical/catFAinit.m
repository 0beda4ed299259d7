function model = catFAinit()
% Factor analysis for categorical and continuous data
% Based on the code at
% http://www.cs.ubc.ca/~emtiyaz/software/mixedDataFA.html


end
