// splitInputFile follows mlir-opt's `// -----` rules and reports where each chunk starts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitInputFile } from '../../../lib/parse/index.js';

test('splits at markers; each chunk starts right after its marker', () => {
  const chunks = splitInputFile('a\n// -----\nb\n\n// -----\nc\n');
  assert.equal(chunks.map((c) => c.text), ['a\n', '\nb\n\n', '\nc\n']);
  assert.equal(chunks.map((c) => [c.startLine, c.startColumn]), [[1, 1], [2, 9], [5, 9]]);
});

test('a marker with more dashes is a near miss and stays in the chunk', () => {
  const chunks = splitInputFile('a\n// ------\nb\n');
  assert.is(chunks.length, 1);
  assert.is(chunks[0].text, 'a\n// ------\nb\n');
});

test('a file without markers is one chunk; a custom marker works', () => {
  assert.equal(splitInputFile('x'), [{ text: 'x', startLine: 1, startColumn: 1 }]);
  assert.equal(splitInputFile('a\n// ===\nb', '// ===').map((c) => c.text), ['a\n', '\nb']);
});

test.run();
