classdef Pt
  % A package class: `geom.Pt`.
  properties
    v
  end
  methods
    function obj = Pt(v)
      obj.v = v;
    end
    function r = twice(obj)
      r = pt_helper(obj.v) * 2;
    end
  end
end
