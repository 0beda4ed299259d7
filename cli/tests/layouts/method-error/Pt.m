classdef Pt
  properties
    v
  end
  methods
    function obj = Pt(v)
      obj.v = v;
    end
    function r = bad(obj)
      r = pt_missing(obj.v);
    end
  end
end
