function model = binaryFAinit()
% Factor analysis binary  data
% Based on "Probabilistic visualization of high-dimensional
% binary data", Tipping NIPS 1998


end
