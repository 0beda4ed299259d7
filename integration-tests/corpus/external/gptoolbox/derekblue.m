function c = derekblue()
  c = [144.0/255, 210.0/255, 236.0/255];
end

