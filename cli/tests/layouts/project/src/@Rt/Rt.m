classdef Rt
  properties
    w
    h
  end
  methods
    function obj = Rt(w, h)
      obj.w = w;
      obj.h = h;
    end
  end
end
