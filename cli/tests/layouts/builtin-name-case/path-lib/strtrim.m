function s = strtrim(s)
s = ['<' s '>'];
end
