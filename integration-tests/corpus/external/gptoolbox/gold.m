function g = gold()
  % GOLD return a gold color
  %
  % g = gold()
  %
  % Outputs:
  %   g  1 by 3 gold rgb values
  %

  g = [255 228  58]/255;

end
