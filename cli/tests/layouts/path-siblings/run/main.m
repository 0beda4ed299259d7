a = ps_f(1)
b = ps_g(1)
