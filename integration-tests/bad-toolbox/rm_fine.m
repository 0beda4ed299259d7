function y = rm_fine(x)
%RM_FINE A valid function that must still load next to the broken files.
%   y = rm_fine(x) returns 2 * x + 1; x defaults to 1.
if nargin < 1
    x = 1;
end
y = 2 * x + 1;
end
