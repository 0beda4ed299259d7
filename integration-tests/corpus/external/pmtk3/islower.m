function answer = islower(s)
%% Return true iff the input string is all lower case

% This file is from pmtk3.googlecode.com

answer = strcmp(s, lower(s)); 

end
