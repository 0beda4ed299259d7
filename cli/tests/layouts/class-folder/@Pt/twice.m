function r = twice(obj)
  % A method in its own file: RunMat names it `Pt.twice`.
  r = pt_helper(obj.v) * 2;
end
