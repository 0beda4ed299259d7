function eqc = findEquivClass(pointers, i)
%% Return the equivalence class for representative i

% This file is from pmtk3.googlecode.com

eqc = find(pointers == i);
end
