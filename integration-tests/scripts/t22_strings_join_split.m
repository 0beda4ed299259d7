% t22_strings_join_split: joining, splitting, repeating and padding text
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_join({'alpha', 'beta', 'gamma'}, '-');
expected = 'alpha-beta-gamma';
if strcmp(actual, expected); fprintf('ok %s\n', 'join_dash'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'join_dash', actual, expected); end
actual = rm_join({'x', 'y'});
expected = 'x, y';
if strcmp(actual, expected); fprintf('ok %s\n', 'join_default_sep'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'join_default_sep', actual, expected); end
actual = rm_join({'solo'}, '+');
expected = 'solo';
if strcmp(actual, expected); fprintf('ok %s\n', 'join_single'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'join_single', actual, expected); end
actual = rm_join({});
if isempty(actual); fprintf('ok %s\n', 'join_empty'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'join_empty', numel(actual)); end
parts = rm_split('a,bb,,c', ',');
actual = numel(parts);
expected = 4;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'split_count'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'split_count', actual, expected); end
actual = parts{1};
expected = 'a';
if strcmp(actual, expected); fprintf('ok %s\n', 'split_first'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'split_first', actual, expected); end
actual = parts{2};
expected = 'bb';
if strcmp(actual, expected); fprintf('ok %s\n', 'split_second'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'split_second', actual, expected); end
actual = parts{3};
if isempty(actual); fprintf('ok %s\n', 'split_empty_field'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'split_empty_field', numel(actual)); end
actual = parts{4};
expected = 'c';
if strcmp(actual, expected); fprintf('ok %s\n', 'split_last'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'split_last', actual, expected); end
actual = rm_join(rm_split('x;y;z', ';'), ' + ');
expected = 'x + y + z';
if strcmp(actual, expected); fprintf('ok %s\n', 'split_then_join'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'split_then_join', actual, expected); end
actual = rm_join(rm_split('1,2,3'), '|');
expected = '1|2|3';
if strcmp(actual, expected); fprintf('ok %s\n', 'split_default_delim'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'split_default_delim', actual, expected); end
actual = rm_repeat('ab', 3);
expected = 'ababab';
if strcmp(actual, expected); fprintf('ok %s\n', 'repeat_three'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'repeat_three', actual, expected); end
actual = rm_repeat('xy');
expected = 'xyxy';
if strcmp(actual, expected); fprintf('ok %s\n', 'repeat_default'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'repeat_default', actual, expected); end
actual = rm_repeat('x', 0);
if isempty(actual); fprintf('ok %s\n', 'repeat_zero'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'repeat_zero', numel(actual)); end
actual = rm_padleft('42', 5, '0');
expected = '00042';
if strcmp(actual, expected); fprintf('ok %s\n', 'padleft_zeros'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'padleft_zeros', actual, expected); end
actual = rm_padleft('ab', 5);
expected = '   ab';
if strcmp(actual, expected); fprintf('ok %s\n', 'padleft_spaces'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'padleft_spaces', actual, expected); end
actual = rm_padleft('abcdef', 3);
expected = 'abcdef';
if strcmp(actual, expected); fprintf('ok %s\n', 'padleft_no_change'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'padleft_no_change', actual, expected); end
actual = numel(rm_padleft('7', 8, '*'));
expected = 8;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'padleft_width'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'padleft_width', actual, expected); end
fprintf('joined: %s\n', rm_join({'one', 'two', 'three'}, ' / '));
