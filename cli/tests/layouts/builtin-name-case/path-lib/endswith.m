function tf = endswith(str, suffix)
tf = 42;
end
