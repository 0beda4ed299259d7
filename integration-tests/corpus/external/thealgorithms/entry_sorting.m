% Entry script (rmsnap corpus): sorting algorithms from TheAlgorithms/MATLAB-Octave.
data = [5 3 8 1 9 2 7];

s = bubble_sort(data);
fprintf('bubble_sort:');
fprintf(' %d', s);
fprintf('\n');

s = comb_sort(data);
fprintf('comb_sort:');
fprintf(' %d', s);
fprintf('\n');

s = quick_sort(data);
fprintf('quick_sort:');
fprintf(' %d', s);
fprintf('\n');

s = permutationSort([3 1 2 5 4]);
fprintf('permutationSort:');
fprintf(' %d', s);
fprintf('\n');

s = quick_sort([2.5 -1 2.5 0 10 -3]);
fprintf('quick_sort reals:');
fprintf(' %.1f', s);
fprintf('\n');
