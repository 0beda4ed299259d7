% Entry script (rmsnap corpus): small directed-graph helpers from pmtk3 (graphical models).
% DAG: 1->2, 1->3, 2->4, 3->4, 4->5
G = zeros(5);
G(1,2) = 1; G(1,3) = 1; G(2,4) = 1; G(3,4) = 1; G(4,5) = 1;

p = parents(G, 4);
fprintf('parents of 4:');
fprintf(' %d', p);
fprintf('\n');

a = ancestors(G, 5);
fprintf('ancestors of 5 (with repeats):');
fprintf(' %d', a);
fprintf('\n');

n = neighbors(G, 4);
fprintf('neighbors of 4:');
fprintf(' %d', n);
fprintf('\n');

Lambda = [2 -1 0; -1 2 1e-12; 0 1e-12 2];
A = precmatToAdjmat(Lambda);
disp(A);

T = countTransitions([1 2 2 3 1 2 3 3], 3);
disp(T);
