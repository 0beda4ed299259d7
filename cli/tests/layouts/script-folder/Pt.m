classdef Pt
  % A value class beside the script: RunMat compiles it with the script.
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
    function obj = bump(obj, d)
      obj.v = obj.v + d;
    end
  end
end
