x=5
fprintf("hi %d\n", 3)
3+4
