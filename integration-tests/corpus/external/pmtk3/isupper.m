function answer = isupper(s)
%% Return true iff the input string is all upper case

% This file is from pmtk3.googlecode.com

answer = strcmp(s, upper(s)); 

end
