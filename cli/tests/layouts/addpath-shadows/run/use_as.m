function y = use_as(x)
% A script-folder function calling a search-path function: looked up at call time.
y = 100 * as_f(x);
end
