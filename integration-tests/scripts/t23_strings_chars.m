% t23_strings_chars: character counting, reversal and title case
% Self-checking RunMat script: every check prints one line, "ok <name>"
% or "FAIL <name> <details>". Expected values were computed independently in
% pure Python (closed forms, exact rational arithmetic or a separate
% implementation of the algorithm).

actual = rm_countchar('mississippi', 's');
expected = 4;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'countchar_s'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'countchar_s', actual, expected); end
actual = rm_countchar('mississippi', 'i');
expected = 4;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'countchar_i'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'countchar_i', actual, expected); end
actual = rm_countchar('Banana', 'b');
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'countchar_case_sensitive'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'countchar_case_sensitive', actual, expected); end
actual = rm_countchar('', 'x');
expected = 0;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'countchar_none'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'countchar_none', actual, expected); end
actual = rm_reverse('RunMat');
expected = 'taMnuR';
if strcmp(actual, expected); fprintf('ok %s\n', 'reverse_word'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'reverse_word', actual, expected); end
actual = rm_reverse('racecar');
expected = 'racecar';
if strcmp(actual, expected); fprintf('ok %s\n', 'reverse_palindrome'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'reverse_palindrome', actual, expected); end
actual = rm_reverse(rm_reverse('snapshot 42'));
expected = 'snapshot 42';
if strcmp(actual, expected); fprintf('ok %s\n', 'reverse_twice'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'reverse_twice', actual, expected); end
actual = rm_reverse('');
if isempty(actual); fprintf('ok %s\n', 'reverse_empty'); else; fprintf('FAIL %s expected an empty result, got %d elements\n', 'reverse_empty', numel(actual)); end
actual = rm_titlecase('hello wORLD  from runmat');
expected = 'Hello World  From Runmat';
if strcmp(actual, expected); fprintf('ok %s\n', 'titlecase_mixed'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'titlecase_mixed', actual, expected); end
actual = rm_titlecase('3rd time lucky');
expected = '3rd Time Lucky';
if strcmp(actual, expected); fprintf('ok %s\n', 'titlecase_digits'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'titlecase_digits', actual, expected); end
actual = rm_titlecase(' a b');
expected = ' A B';
if strcmp(actual, expected); fprintf('ok %s\n', 'titlecase_leading_space'); else; fprintf('FAIL %s got [%s] expected [%s]\n', 'titlecase_leading_space', actual, expected); end
actual = ischar(rm_titlecase('abc'));
expected = 1;
err = abs(actual - expected); if err == 0; fprintf('ok %s\n', 'titlecase_is_char'); else; fprintf('FAIL %s got %.15g expected %.15g\n', 'titlecase_is_char', actual, expected); end
fprintf('%s\n', rm_titlecase('the quick brown fox'));
