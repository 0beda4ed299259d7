function C = orange()
  % ORANGE Returns a nice orange color
  %
  % Outputs:
  %   [1.0 0.7 0.2]
  %
  C = [1.0 0.7 0.2];
end
