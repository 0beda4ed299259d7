x = 3
fprintf('before %d\n', x);
error('my:id', 'boom %d', x);
