// Tests of typed pass options: both text forms, quoting and lists, errors with offsets, printing, name suggestions.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Option, parseOptions, printOptions, OptionError, closestNames, editDistance, defaultOptionValues } from '../../../lib/pass/index.js';

const schema = {
  n: Option.int(1, 'n'),
  flag: Option.bool(false, 'flag'),
  name: Option.string('x', 'name'),
  mode: Option.enum(['a', 'b'], 'a', 'mode'),
  sizes: Option.intList([], 'sizes'),
  words: Option.stringList(['w'], 'words'),
};

test('defaults, the space form and the comma form agree', () => {
  assert.equal(defaultOptionValues(schema), { n: 1, flag: false, name: 'x', mode: 'a', sizes: [], words: ['w'] });
  const spaced = parseOptions(schema, 'n=3 flag mode=b sizes=1,2,3 words=p,q');
  const commas = parseOptions(schema, 'n=3,flag=true,mode=b,sizes=1,2,3,words=p,q');
  assert.equal(spaced, commas);
  assert.equal(spaced, { n: 3, flag: true, name: 'x', mode: 'b', sizes: [1, 2, 3], words: ['p', 'q'] });
});

test('quoted and braced values keep their separators', () => {
  assert.is(parseOptions(schema, 'name="a b,c"').name, 'a b,c');
  assert.is(parseOptions(schema, "name='x y'").name, 'x y');
  assert.is(parseOptions(schema, 'name={cse,canonicalize}').name, 'cse,canonicalize');
  assert.equal(parseOptions(schema, 'n=0x10 sizes=-1').sizes, [-1]);
});

test('errors point at the offending text', () => {
  const err = (text: string): OptionError => {
    try {
      parseOptions(schema, text);
    } catch (e) {
      if (e instanceof OptionError) return e;
    }
    throw new Error('expected an OptionError');
  };
  const unknown = err('n=1 flg=true');
  assert.is(unknown.offset, 4);
  assert.match(unknown.message, "did you mean 'flag'");
  assert.is(err('n=1 mode=c').offset, 9);
  assert.match(err('n=abc').message, "'abc' value invalid for integer option 'n'");
  assert.match(err('flag=maybe').message, 'Try true or false');
  assert.match(err('sizes=1,x').message, "'x' value invalid for integer list option 'sizes'");
  assert.match(err('n').message, "option 'n' needs a value");
});

test('printing is in declaration order and round-trips', () => {
  const v = parseOptions(schema, 'words=p,q name={a b} n=2');
  const text = printOptions(schema, v);
  assert.is(text, '{n=2 flag=false name={a b} mode=a sizes={} words=p,q}');
  assert.equal(parseOptions(schema, text.slice(1, -1)), v);
  assert.is(printOptions({}, {}), '');
});

test('closest names', () => {
  assert.is(editDistance('canonicalise', 'canonicalize'), 1);
  assert.equal(closestNames('canonicalise', ['cse', 'canonicalize', 'inline']), ['canonicalize']);
  assert.equal(closestNames('xyz', ['cse', 'canonicalize']), []);
  assert.equal(closestNames('symbol', ['symbol-dce', 'symbol-privatize']), ['symbol-dce', 'symbol-privatize']);
});

test.run();
