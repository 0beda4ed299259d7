classdef Sq
  % A class in a plain subfolder of a source root keeps its own name.
  properties
    side
  end
  methods
    function obj = Sq(s)
      obj.side = s;
    end
    function a = area(obj)
      a = obj.side ^ 2;
    end
  end
end
