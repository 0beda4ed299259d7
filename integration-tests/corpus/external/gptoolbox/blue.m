function C = blue()
  % BLUE Returns a nice bluecolor
  %
  % Outputs:
  %   [0.2 0.3 0.8]
  C = [0.2 0.3 0.8];
end

