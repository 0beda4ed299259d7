classdef Pt
  properties
    v
  end
  methods
    function obj = Pt(v)
      obj.v = v;
    end
  end
end
