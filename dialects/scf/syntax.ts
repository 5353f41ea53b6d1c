// Hand-written custom syntax of the scf ops whose printers MLIR writes in C++ (for, if, while,
// parallel, execute_region): parse and print hooks, spacing quirks included.
import {
  Block, DenseArrayAttr, IndexType, IntegerType, Operation, Region, UnitAttr,
  type BlockArgument, type OpAsmParser, type OpAsmPrinter, type OperationState, type ParsedArgument, type UnresolvedOperand, type Value,
} from '../../lib/ir/index.js';

/** Adds `scf.yield` to a body the text left it out of (MLIR's ensureTerminator). */
function ensureYield(region: Region, state: OperationState, name = 'scf.yield'): void {
  if (region.empty) region.push(new Block());
  const block = region.blocks[region.blocks.length - 1];
  if (block.last?.hasTrait('Terminator')) return;
  block.append(Operation.create({ name, location: state.location }));
}

/** `(%a = %x, %b = %y)`: MLIR's parseAssignmentList. */
function parseAssignmentList(parser: OpAsmParser): { args: ParsedArgument[]; operands: UnresolvedOperand[] } {
  parser.parsePunct('(');
  if (parser.parseOptionalPunct(')')) return { args: [], operands: [] };
  return parseRestOfAssignmentList(parser);
}

/** ` prefix(%arg = %init, ...)`, nothing without initializers (MLIR's printInitializationList). */
function printInitializationList(p: OpAsmPrinter, args: readonly BlockArgument[], inits: readonly Value[], prefix: string): void {
  if (!inits.length) return;
  p.write(`${prefix}(`);
  inits.forEach((v, i) => {
    if (i) p.write(', ');
    p.printOperand(args[i]);
    p.write(' = ');
    p.printOperand(v);
  });
  p.write(')');
}

function printTypeList(p: OpAsmPrinter, values: readonly Value[]): void {
  p.printTypes(values.map((v) => v.type));
}

/** `unsigned? %iv = %lb to %ub step %s (iter_args(%a = %x) -> (t))? (: type)? region attr-dict`. */
export function parseFor(parser: OpAsmParser, state: OperationState): void {
  const ctx = parser.context;
  if (parser.parseOptionalKeyword('unsigned')) state.properties.push({ name: 'unsignedCmp', value: UnitAttr.get(ctx) });
  const iv = parser.parseArgument(false);
  parser.parsePunct('=');
  const lb = parser.parseOperand();
  parser.parseKeyword('to');
  const ub = parser.parseOperand();
  parser.parseKeyword('step');
  const step = parser.parseOperand();
  let iter: { args: ParsedArgument[]; operands: UnresolvedOperand[] } = { args: [], operands: [] };
  const iterAt = parser.currentOffset();
  if (parser.parseOptionalKeyword('iter_args')) {
    iter = parseAssignmentList(parser);
    // MLIR's parseArrowTypeList: a parenthesised list, or one type without parentheses.
    parser.parsePunct('->');
    if (parser.parseOptionalPunct('(')) {
      state.resultTypes.push(...parser.parseTypeList());
      parser.parsePunct(')');
    } else {
      state.resultTypes.push(parser.parseType());
    }
  }
  if (iter.args.length !== state.resultTypes.length) throw parser.error(iterAt, 'mismatch in number of loop-carried values and defined values');
  const type = parser.parseOptionalPunct(':') ? parser.parseType() : IndexType.get(ctx);
  iv.type = type;
  iter.args.forEach((a, i) => (a.type = state.resultTypes[i]));
  const body = new Region();
  parser.parseRegion(body, [iv, ...iter.args]);
  ensureYield(body, state);
  state.regions.push(body);
  state.attributes.push(...parser.parseOptionalAttrDict());
  state.operands.push(...parser.resolveOperands([lb, ub, step], [type, type, type], iterAt));
  state.operands.push(...parser.resolveOperands(iter.operands, state.resultTypes, iterAt));
}

export function printFor(op: Operation, p: OpAsmPrinter): void {
  const body = op.regions[0].entry!;
  const [iv, ...iterArgs] = body.arguments;
  const inits = op.operands.slice(3);
  if (op.getAttr('unsignedCmp')) p.write(' unsigned');
  p.write(' ');
  p.printOperand(iv);
  p.write(' = ');
  p.printOperand(op.operand(0));
  p.write(' to ');
  p.printOperand(op.operand(1));
  p.write(' step ');
  p.printOperand(op.operand(2));
  printInitializationList(p, iterArgs, inits, ' iter_args');
  if (inits.length) {
    p.write(' -> (');
    printTypeList(p, inits);
    p.write(')');
  }
  p.write(' ');
  // MLIR writes ` : type ` after the space above, hence two spaces before the colon.
  if (!(iv.type instanceof IndexType)) {
    p.write(' : ');
    p.printType(iv.type);
    p.write(' ');
  }
  p.printRegion(op.regions[0], { printEntryBlockArgs: false, printBlockTerminators: inits.length > 0 });
  p.printOptionalAttrDict(p.attributesOf(op), ['unsignedCmp']);
}

/** `%cond (-> (types))? region (else region)? attr-dict`. */
export function parseIf(parser: OpAsmParser, state: OperationState): void {
  const cond = parser.parseOperand();
  state.operands.push(parser.resolveOperand(cond, IntegerType.get(parser.context, 1)));
  state.resultTypes.push(...(parser.parseOptionalArrowTypeList() ?? []));
  const then = new Region();
  parser.parseRegion(then);
  ensureYield(then, state);
  const otherwise = new Region();
  if (parser.parseOptionalKeyword('else')) {
    parser.parseRegion(otherwise);
    ensureYield(otherwise, state);
  }
  state.regions.push(then, otherwise);
  state.attributes.push(...parser.parseOptionalAttrDict());
}

export function printIf(op: Operation, p: OpAsmPrinter): void {
  p.write(' ');
  p.printOperand(op.operand(0));
  const printBlockTerminators = op.numResults > 0;
  if (printBlockTerminators) {
    p.write(' -> (');
    printTypeList(p, op.results);
    p.write(')');
  }
  p.write(' ');
  p.printRegion(op.regions[0], { printEntryBlockArgs: false, printBlockTerminators });
  if (!op.regions[1].empty) {
    p.write(' else ');
    p.printRegion(op.regions[1], { printEntryBlockArgs: false, printBlockTerminators });
  }
  p.printOptionalAttrDict(p.attributesOf(op));
}

/** `(%a = %x, ...)? : (types) -> types region do region attr-dict-with-keyword`. */
export function parseWhile(parser: OpAsmParser, state: OperationState): void {
  const list = parser.parseOptionalPunct('(') ? parseRestOfAssignmentList(parser) : { args: [], operands: [] };
  parser.parsePunct(':');
  const typeAt = parser.currentOffset();
  const fn = parser.parseFunctionType();
  state.resultTypes.push(...fn.results);
  if (fn.inputs.length !== list.operands.length) {
    throw parser.error(typeAt, `expected as many input types as operands (expected ${list.operands.length} got ${fn.inputs.length})`);
  }
  state.operands.push(...parser.resolveOperands(list.operands, fn.inputs, typeAt));
  list.args.forEach((a, i) => (a.type = fn.inputs[i]));
  const before = new Region();
  parser.parseRegion(before, list.args);
  parser.parseKeyword('do');
  const after = new Region();
  parser.parseRegion(after);
  state.regions.push(before, after);
  state.attributes.push(...parser.parseOptionalAttrDictWithKeyword());
}

/** The rest of an assignment list after its `(`: `%a = %x, ...)`. */
function parseRestOfAssignmentList(parser: OpAsmParser): { args: ParsedArgument[]; operands: UnresolvedOperand[] } {
  const args: ParsedArgument[] = [];
  const operands: UnresolvedOperand[] = [];
  do {
    args.push(parser.parseArgument(false));
    parser.parsePunct('=');
    operands.push(parser.parseOperand());
  } while (parser.parseOptionalPunct(','));
  parser.parsePunct(')');
  return { args, operands };
}

export function printWhile(op: Operation, p: OpAsmPrinter): void {
  printInitializationList(p, op.regions[0].entry?.arguments ?? [], op.operands, ' ');
  p.write(' : ');
  p.printFunctionalType(op.operands.map((v) => v.type), op.results.map((r) => r.type));
  p.write(' ');
  p.printRegion(op.regions[0], { printEntryBlockArgs: false });
  p.write(' do ');
  p.printRegion(op.regions[1]);
  p.printOptionalAttrDictWithKeyword(p.attributesOf(op));
}

/** `(%i, %j) = (lbs) to (ubs) step (steps) (init (vals))? (-> types)? region attr-dict`. */
export function parseParallel(parser: OpAsmParser, state: OperationState): void {
  const ctx = parser.context;
  const index = IndexType.get(ctx);
  const ivs = parser.parseArgumentList('paren', false);
  const at = parser.currentOffset();
  parser.parsePunct('=');
  const bounds = (kw?: string) => {
    if (kw) parser.parseKeyword(kw);
    const list = parser.parseOperandList('paren');
    if (list.length !== ivs.length) throw parser.error(at, `expected ${ivs.length} operands`);
    state.operands.push(...parser.resolveOperands(list, list.map(() => index), at));
  };
  bounds();
  bounds('to');
  bounds('step');
  const inits = parser.parseOptionalKeyword('init') ? parser.parseOperandList('paren') : [];
  state.resultTypes.push(...(parser.parseOptionalArrowTypeList() ?? []));
  for (const iv of ivs) iv.type = index;
  const body = new Region();
  parser.parseRegion(body, ivs);
  const n = ivs.length;
  state.properties.push({ name: 'operandSegmentSizes', value: DenseArrayAttr.get(IntegerType.get(ctx, 32), [n, n, n, inits.length]) });
  state.attributes.push(...parser.parseOptionalAttrDict());
  state.operands.push(...parser.resolveOperands(inits, state.resultTypes, at));
  ensureYield(body, state, 'scf.reduce');
  state.regions.push(body);
}

export function printParallel(op: Operation, p: OpAsmPrinter): void {
  const body = op.regions[0].entry!;
  const n = body.arguments.length;
  const group = (i: number) => op.operands.slice(i * n, (i + 1) * n);
  p.write(' (');
  p.printOperands(body.arguments);
  p.write(') = (');
  p.printOperands(group(0));
  p.write(') to (');
  p.printOperands(group(1));
  p.write(') step (');
  p.printOperands(group(2));
  p.write(')');
  const inits = op.operands.slice(3 * n);
  if (inits.length) {
    p.write(' init (');
    p.printOperands(inits);
    p.write(')');
  }
  p.printArrowTypeList(op.results.map((r) => r.type));
  p.write(' ');
  p.printRegion(op.regions[0], { printEntryBlockArgs: false });
  p.printOptionalAttrDict(p.attributesOf(op), ['operandSegmentSizes']);
}

/** `(-> types)? no_inline? region attr-dict`. */
export function parseExecuteRegion(parser: OpAsmParser, state: OperationState): void {
  state.resultTypes.push(...(parser.parseOptionalArrowTypeList() ?? []));
  if (parser.parseOptionalKeyword('no_inline')) state.properties.push({ name: 'no_inline', value: UnitAttr.get(parser.context) });
  const body = new Region();
  parser.parseRegion(body);
  state.regions.push(body);
  state.attributes.push(...parser.parseOptionalAttrDict());
}

export function printExecuteRegion(op: Operation, p: OpAsmPrinter): void {
  p.printArrowTypeList(op.results.map((r) => r.type));
  p.write(' ');
  if (op.getAttr('no_inline')) p.write('no_inline ');
  p.printRegion(op.regions[0], { printEntryBlockArgs: false });
  p.printOptionalAttrDict(p.attributesOf(op), ['no_inline']);
}
