function y = rm_octave(x)
# Octave-only syntax on purpose: hash comments, != and endif/endfunction.
  y = x;
  if x != 0
    y = x + 1;
  endif
endfunction
