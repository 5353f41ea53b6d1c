// Wrong assembly formats and spec mistakes are rejected when the op's definition is completed (on
// its first use, or by `complete()`), with the op's name and the reason.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AnyType, I64Prop, Index, Optional, SignlessIntegerLike, SizedRegion, AnySuccessor, AnyAttrProp, defineDialect, defineOp, type OpSpec } from '../../../lib/dialect/index.js';

const base = {
  operands: { lhs: SignlessIntegerLike, rhs: SignlessIntegerLike },
  results: { result: SignlessIntegerLike },
};

function rejects(spec: OpSpec, pattern: RegExp): void {
  // Defining is lazy about the format: it is compiled when the op is first used.
  const def = defineOp(spec);
  assert.throws(() => def.complete(), (e: Error) => {
    assert.match(e.message, /^op 'fe\.op': /);
    assert.match(e.message, pattern);
    return true;
  });
}

const cases: [string, OpSpec, RegExp][] = [
  ['unknown variable', { name: 'fe.op', ...base, assemblyFormat: '$lhs `,` $rhs `,` $other attr-dict `:` type($result)' }, /unknown variable '\$other'.*column 19/],
  ['missing operand', { name: 'fe.op', ...base, assemblyFormat: '$lhs attr-dict `:` type($result)' }, /operand #1, named 'rhs', not found/],
  [
    'type not inferable',
    { name: 'fe.op', ...base, assemblyFormat: '$lhs `,` $rhs attr-dict' },
    /type of operand #0, named 'lhs', is not buildable and a buildable type cannot be inferred/,
  ],
  ['result type not inferable', { name: 'fe.op', ...base, assemblyFormat: '$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs)' }, /type of result #0, named 'result'/],
  ['no attr-dict', { name: 'fe.op', ...base, assemblyFormat: '$lhs `,` $rhs `:` type($result)' }, /'attr-dict' directive not found/],
  ['unbalanced group', { name: 'fe.op', operands: { x: Optional(Index) }, assemblyFormat: '(`at` $x^ attr-dict' }, /expected '\)' to close the optional group/],
  ['unbalanced close', { name: 'fe.op', assemblyFormat: 'attr-dict )' }, /unbalanced '\)'/],
  ['group without anchor', { name: 'fe.op', operands: { x: Optional(Index) }, assemblyFormat: '(`at` $x)? attr-dict' }, /optional group has no anchor/],
  ['anchor that is always present', { name: 'fe.op', operands: { x: Index }, assemblyFormat: '(`at` $x^)? attr-dict' }, /can anchor an optional group/],
  ['operand twice', { name: 'fe.op', operands: { x: Index }, assemblyFormat: '$x $x attr-dict' }, /redefinition of operand '\$x'/],
  ['result outside type', { name: 'fe.op', results: { r: Index }, assemblyFormat: '$r attr-dict' }, /result variable '\$r' can only be used as a child of a 'type' directive/],
  ['unterminated literal', { name: 'fe.op', assemblyFormat: 'attr-dict `:' }, /unterminated literal/],
  ['unknown directive', { name: 'fe.op', assemblyFormat: 'attr-dict typo(operands)' }, /unknown directive 'typo'/],
  ['missing region', { name: 'fe.op', regions: { body: SizedRegion(1) }, assemblyFormat: 'attr-dict-with-keyword' }, /region #0, named 'body', not found/],
  ['missing successor', { name: 'fe.op', successors: { dest: AnySuccessor }, assemblyFormat: 'attr-dict' }, /successor #0, named 'dest', not found/],
  ['region after attr-dict', { name: 'fe.op', regions: { body: SizedRegion(1) }, assemblyFormat: 'attr-dict $body' }, /format ambiguity caused by 'attr-dict'/],
  ['colon after untyped attribute', { name: 'fe.op', properties: { v: AnyAttrProp }, results: { r: AnyType }, assemblyFormat: '$v `:` type($r) attr-dict' }, /format ambiguity caused by `:` literal found after attribute `v`/],
  ['bad punctuation', { name: 'fe.op', assemblyFormat: 'attr-dict `%`' }, /'%' is neither a keyword nor a known punctuation literal/],
];

for (const [name, spec, pattern] of cases) test(`rejected when completed: ${name}`, () => rejects(spec, pattern));

test('typed properties with fixed types may be followed by a colon', () => {
  defineOp({ name: 'fe.ok', properties: { n: I64Prop }, results: { r: AnyType }, assemblyFormat: '$n `:` type($r) attr-dict' }).complete();
});

test('spec mistakes are rejected too', () => {
  assert.throws(() => defineOp({ name: 'noDot' }).complete(), /op 'noDot': the name must be 'dialect.op'/);
  assert.throws(() => defineOp({ name: 'fe.op', operands: { x: Index }, results: { x: Index } }).complete(), /'x' names both an operand and a result/);
  assert.throws(() => defineOp({ name: 'fe.op', operands: { a: Optional(Index), b: Optional(Index) } }).complete(), /AttrSizedOperandSegments/);
});

test('a custom directive the dialect does not register is rejected when the op is completed', () => {
  const op = defineOp({ name: 'fe.custom', operands: { x: Index }, assemblyFormat: 'custom<Thing>($x) attr-dict' });
  defineDialect({ name: 'fe', ops: [op] });
  assert.throws(() => op.complete(), /op 'fe.custom': assembly format uses custom<Thing>/);
});

test('a dialect that binds an already completed op checks its directives at once', () => {
  const op = defineOp({ name: 'fe.custom', operands: { x: Index }, assemblyFormat: 'custom<Thing>($x) attr-dict' });
  op.complete();
  assert.throws(() => defineDialect({ name: 'fe', ops: [op] }), /op 'fe.custom': assembly format uses custom<Thing>/);
});

test.run();
