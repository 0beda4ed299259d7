% Run from ../cwd: its functions come before RUNMAT_PATH's.
a = cf_f(1)
b = cf_g(1)
c = cf_only(2)
