% RunMat 0.6.2 compiles no class from the search path: its call-time loader
% finds the class file and reports that it defines no function of that name.
p = Pt(3);
disp(p.v)
