x = 5
if true
  z = 1
end
