%{
  A class whose file opens with a block comment: still a class file.
  classdef is not the first line here.
%}
% Handle semantics: the object is shared.
classdef Acc < handle
  properties
    total = 0
  end
  methods
    function add(obj, x)
      obj.total = obj.total + x;
    end
  end
end
