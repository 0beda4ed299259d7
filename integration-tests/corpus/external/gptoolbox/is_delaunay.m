function [O1,O2] = is_delaunay(varargin)
  error('Call is_intrinsic_delaunay or is_extrinsic_delaunay directly');
end
