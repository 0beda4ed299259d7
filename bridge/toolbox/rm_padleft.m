function out = rm_padleft(s, width, ch)
%RM_PADLEFT Left-pad a character vector to a given width.
%   out = rm_padleft(s, width, ch) prepends copies of the single character
%   ch (default ' ') until s has width characters; longer s is unchanged.
if nargin < 3
    ch = ' ';
end
if numel(ch) ~= 1
    error('rm_padleft: pad must be a single character');
end
n = numel(s);
if n >= width
    out = s;
else
    out = horzcat(rm_repeat(ch, width - n), s);
end
end
