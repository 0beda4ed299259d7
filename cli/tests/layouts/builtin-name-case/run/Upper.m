function s = Upper(s)
s = ['up:' s];
end
