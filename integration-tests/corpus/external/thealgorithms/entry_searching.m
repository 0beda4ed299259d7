% Entry script (rmsnap corpus): searching and set similarity from TheAlgorithms/MATLAB-Octave.
A = [1 3 5 7 9 11 13 15];
fprintf('binary_search 7 -> %d\n', binary_search(A, 7));
fprintf('binary_search 15 -> %d\n', binary_search(A, 15));
fprintf('ternarySearch 9 -> %d\n', ternarySearch(A, 9, 1, numel(A)));
fprintf('ternarySearch 1 -> %d\n', ternarySearch(A, 1, 1, numel(A)));
fprintf('linear_search 13 -> %d\n', linear_search(A, 13));
fprintf('jaccard: %.6f\n', jaccard_similarity([1 2 3 4], [3 4 5 6]));
fprintf('jaccard identical: %.6f\n', jaccard_similarity([1 2 2 3], [3 2 1]));
