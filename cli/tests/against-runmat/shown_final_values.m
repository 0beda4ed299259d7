x = 5
x = 6
for i=1:2
  q = i
end
q
ans = 4
ans
