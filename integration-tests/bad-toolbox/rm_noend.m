function y = rm_noend(x)
%RM_NOEND Broken on purpose: the function below is never closed by end.
y = 2 * x;
if y > 10
    y = 10;
end
