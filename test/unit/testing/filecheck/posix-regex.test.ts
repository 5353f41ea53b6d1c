// POSIX ERE semantics of the regex translation: escapes, brackets, classes, anchors,
// newline handling, longest match and regerror() messages.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compilePosix, searchPosix } from '../../../../lib/testing/filecheck/regex-match.js';
import { escapePosix, PosixRegexError, translatePosixRegex } from '../../../../lib/testing/filecheck/posix-regex.js';

function find(re: string, subject: string, ignoreCase = false): string | undefined {
  const m = searchPosix(compilePosix(re, ignoreCase), subject);
  return m ? m.groups[0] : undefined;
}

function errorOf(re: string): string {
  try {
    translatePosixRegex(re, false);
  } catch (e) {
    if (e instanceof PosixRegexError) return e.message;
    throw e;
  }
  return '';
}

test('backslash before an ordinary character is that character', () => {
  assert.is(find('a\\db', 'a1b adb'), 'adb');
  assert.is(find('\\n', 'x\nn'), 'n');
  assert.is(find('\\.', 'a.b'), '.');
});

test('backslash inside brackets is literal', () => {
  assert.is(find('[\\d]+', 'x\\d1'), '\\d');
});

test('POSIX character classes', () => {
  assert.is(find('[[:alpha:]]+', '12ab3'), 'ab');
  assert.is(find('[[:digit:][:space:]]+', 'ab1 2c'), '1 2');
  assert.is(find('[[:xdigit:]]+', 'xyzBEEFg'), 'BEEF');
  assert.is(find('[^[:alnum:]]', 'ab_c'), '_');
});

test('collating elements, equivalence classes and bracket edge cases', () => {
  assert.is(find('[[.hyphen.]]', 'a-b'), '-');
  assert.is(find('[[=x=]]', 'axb'), 'x');
  assert.is(find('[]a]+', 'b]a]'), ']a]');
  assert.is(find('[a-]+', 'b-a-'), '-a-');
});

test('dot and negated brackets never match a newline', () => {
  assert.is(find('a.b', 'a\nb'), undefined);
  assert.is(find('a[^x]b', 'a\nb'), undefined);
  assert.is(find('a.b', 'a\rb'), 'a\rb');
});

test('anchors match at line boundaries and region ends only', () => {
  assert.is(find('^b', 'ab\nb'), 'b');
  assert.is(searchPosix(compilePosix('^b', false), 'ab\nb')!.index, 3);
  assert.is(find('a$', 'a\rb'), undefined);
  assert.is(find('b$', 'ab'), 'b');
});

test('alternation takes the longest match', () => {
  assert.is(find('a|ab', 'abc'), 'ab');
  assert.is(find('x*(xy)?', 'xxy'), 'xxy');
  assert.is(find('(a|ab)(c|bcd)', 'abcd'), 'abcd');
});

test('submatches follow POSIX: each step takes the longest extent that lets the rest match', () => {
  const groups = (re: string, subject: string) => searchPosix(compilePosix(re, false), subject, true)!.groups;
  assert.equal(groups('(a|ab)(c|bcd)(d*)', 'abcd'), ['abcd', 'ab', 'c', 'd']);
  assert.equal(groups('((a|ab)(c|bcd))(d*)', 'abcd'), ['abcd', 'abc', 'ab', 'c', 'd']);
  assert.equal(groups('([a-z]*)([0-9]*)', 'ab12'), ['ab12', 'ab', '12']);
});

test('braces: bounds, and literal when no digit follows', () => {
  assert.is(find('x{2}', 'xxx'), 'xx');
  assert.is(find('a{,2}', 'a{,2}'), 'a{,2}');
  assert.is(find('x{1,}', 'xxx'), 'xxx');
});

test('word boundaries', () => {
  assert.is(searchPosix(compilePosix('[[:<:]]foo[[:>:]]', false), 'xfoo foox foo')!.index, 10);
});

test('ignore-case folds ASCII letters only', () => {
  assert.is(find('hello', 'HeLLo', true), 'HeLLo');
  assert.is(find('[a-c]+', 'xABCd', true), 'ABC');
  assert.is(find('\u00e0', '\u00c0', true), undefined);
});

test('back-references', () => {
  assert.is(find('(a+)-\\1', 'aa-a aa-aa'), 'a-a');
  assert.is(find('(a+)-\\1', 'x aa-aa'), 'aa-aa');
  assert.is(errorOf('\\1'), 'invalid backreference number');
  assert.is(errorOf('(a\\1)'), 'invalid backreference number');
});

test('regerror messages for malformed regexes', () => {
  assert.is(errorOf(''), 'empty (sub)expression');
  assert.is(errorOf('a|'), 'empty (sub)expression');
  assert.is(errorOf('('), 'parentheses not balanced');
  assert.is(errorOf('a)'), 'parentheses not balanced');
  assert.is(errorOf('*a'), 'repetition-operator operand invalid');
  assert.is(errorOf('a**'), 'repetition-operator operand invalid');
  assert.is(errorOf('^*'), 'repetition-operator operand invalid');
  assert.is(errorOf('[z-a]'), 'invalid character range');
  assert.is(errorOf('[a-c-e]'), 'invalid character range');
  assert.is(errorOf('[[:foo:]]'), 'invalid character class');
  assert.is(errorOf('[[.foo.]]'), 'invalid collating element');
  assert.is(errorOf('[a'), 'brackets ([ ]) not balanced');
  assert.is(errorOf('x{2,1}'), 'invalid repetition count(s)');
  assert.is(errorOf('x{256}'), 'invalid repetition count(s)');
  assert.is(errorOf('x{1'), 'braces not balanced');
  assert.is(errorOf('x\\'), 'trailing backslash (\\)');
  assert.is(errorOf('{1}'), 'repetition-operator operand invalid');
});

test('group count equals POSIX re_nsub', () => {
  assert.is(translatePosixRegex('(a)(b(c))', false).groups, 3);
  assert.is(translatePosixRegex('()', false).groups, 1);
  assert.is(translatePosixRegex('[(]', false).groups, 0);
});

test('escapePosix escapes every metacharacter', () => {
  const text = 'a(b)^$|*+?.[]\\{}';
  assert.is(find(escapePosix(text), `x${text}y`), text);
});

test.run();
