s = 'ab'
c = {1, 2}
t = true
m = [1.5 2; 3 4]
[a, b] = deal(1, 2)
q = pi
