function C = pink()
  % PINK Returns a nice pink color
  %
  % Outputs:
  %   [254 194 194]/255;
  C = [254 194 194]/255;;
end

