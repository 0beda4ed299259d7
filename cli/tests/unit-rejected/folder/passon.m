function varargout = passon(varargin)
% RunMat's bytecode compiler rejects this call (an expanded argument and an
% output count known only at run time), so it rejects this file's folder,
% which it compiles as one unit when a call loads one of its functions.
[varargout{1:nargout}] = elsewhere(varargin{:});
end
