function C = teal()
  % TEAL Returns a nice teal color
  %
  % Outputs:
  %   [144 216 196]/255
  %
  % Example:
  %   reshape(dec2hex(round(teal*255))',1,[])
  C = [144 216 196]/255;
end

