// Hand-written custom syntax of the gpu ops whose printers MLIR writes in C++ (gpu.module,
// gpu.func, gpu.launch_func) and the AsyncDependencies directive, spacing quirks included.
import {
  ArrayAttr, Block, DenseArrayAttr, DictionaryAttr, FunctionType, IntegerAttr, IntegerType, IndexType, Region, StringAttr, TypeAttr, UnitAttr,
  type Attribute, type NamedAttribute, type OpAsmParser, type OpAsmPrinter, type Operation, type OperationState, type ParsedArgument,
  type SymbolRefAttr, type Type, type UnresolvedOperand, type Value,
} from '../../lib/ir/index.js';
import type { CustomDirective } from '../../lib/dialect/index.js';
import { AsyncTokenType } from './types.js';

/** `async [%a, %b]`, `async`, `[%a]` or nothing (MLIR's AsyncDependencies directive). */
export const asyncDependencies: CustomDirective = {
  parse(p, { slots, context }) {
    if (p.parseOptionalKeyword('async')) slots[0].value = [AsyncTokenType.get(context)];
    else slots[0].value = [];
    const deps: UnresolvedOperand[] = [];
    if (p.parseOptionalPunct('[')) {
      if (!p.parseOptionalPunct(']')) {
        do deps.push(p.parseOperand());
        while (p.parseOptionalPunct(','));
        p.parsePunct(']');
      }
    }
    slots[1].value = deps;
  },
  print(p, _op, [tokenType, deps]) {
    const hasToken = Array.isArray(tokenType) ? tokenType.length > 0 : tokenType !== undefined;
    if (hasToken) p.write('async');
    const list = deps as readonly Value[];
    if (!list.length) return;
    if (hasToken) p.write(' ');
    p.write('[');
    p.printOperands(list);
    p.write(']');
  },
};

/** `gpu.module @name attributes {...} { body }` (targets and offloading handlers are not supported). */
export function parseModule(parser: OpAsmParser, state: OperationState): void {
  state.properties.push({ name: 'sym_name', value: StringAttr.get(parser.context, parser.parseSymbolName()) });
  state.attributes.push(...parser.parseOptionalAttrDictWithKeyword());
  const body = new Region();
  parser.parseRegion(body, []);
  if (body.empty) body.push(new Block());
  state.regions.push(body);
}

export function printModule(op: Operation, p: OpAsmPrinter): void {
  p.write(' ');
  p.printSymbolName((op.getProp('sym_name') as StringAttr).value);
  p.printOptionalAttrDictWithKeyword(p.attributesOf(op), ['sym_name']);
  p.write(' ');
  p.printRegion(op.regions[0], { printEntryBlockArgs: false, printBlockTerminators: false });
}

/** `workgroup(%a : t, ...)`: attribution arguments with their attribute dictionaries. */
function parseAttributions(parser: OpAsmParser, keyword: string, args: ParsedArgument[]): (DictionaryAttr | null)[] | undefined {
  if (!parser.parseOptionalKeyword(keyword)) return undefined;
  const list = parser.parseArgumentList('paren', true, true);
  args.push(...list);
  return list.map((a) => a.attrs);
}

/** An attribute array of dictionaries, set only when one is non-empty (as MLIR stores arg_attrs). */
function dictArray(ctx: OpAsmParser['context'], name: string, list: readonly (DictionaryAttr | null)[] | undefined): NamedAttribute[] {
  if (!list?.some((d) => d && d.size)) return [];
  return [{ name, value: ArrayAttr.get(ctx, list.map((d) => d ?? DictionaryAttr.get(ctx, []))) }];
}

/** MLIR's parseGPUFuncOp: `@name(args) -> results workgroup(...) private(...) kernel attributes {...} region`. */
export function parseFunc(parser: OpAsmParser, state: OperationState): void {
  const ctx = parser.context;
  state.attributes.push({ name: 'sym_name', value: StringAttr.get(ctx, parser.parseSymbolName()) });
  const args = parser.parseArgumentList('paren', true, true);
  if (args.length && args[0].ssa.name === '') throw parser.error(args[0].ssa.offset, 'gpu.func requires named arguments');
  const results: Type[] = [];
  const resultAttrs: (DictionaryAttr | null)[] = [];
  if (parser.parseOptionalPunct('->')) {
    if (parser.parseOptionalPunct('(')) {
      if (!parser.parseOptionalPunct(')')) {
        do {
          results.push(parser.parseType());
          const d = parser.parseOptionalAttrDict();
          resultAttrs.push(d.length ? DictionaryAttr.get(ctx, d) : null);
        } while (parser.parseOptionalPunct(','));
        parser.parsePunct(')');
      }
    } else {
      results.push(parser.parseType());
      resultAttrs.push(null);
    }
  }
  const inputs = args.map((a) => a.type!);
  state.properties.push({ name: 'function_type', value: TypeAttr.get(FunctionType.get(ctx, inputs, results)) });
  state.properties.push(...dictArray(ctx, 'arg_attrs', args.map((a) => a.attrs)), ...dictArray(ctx, 'res_attrs', resultAttrs));
  const entry = [...args];
  const workgroup = parseAttributions(parser, 'workgroup', entry);
  const numWorkgroup = entry.length - args.length;
  state.attributes.push({ name: 'workgroup_attributions', value: IntegerAttr.get(IntegerType.get(ctx, 64), BigInt(numWorkgroup)) });
  state.properties.push(...dictArray(ctx, 'workgroup_attrib_attrs', workgroup));
  const priv = parseAttributions(parser, 'private', entry);
  state.properties.push(...dictArray(ctx, 'private_attrib_attrs', priv));
  if (parser.parseOptionalKeyword('kernel')) state.attributes.push({ name: 'gpu.kernel', value: UnitAttr.get(ctx) });
  const attrs = parser.parseOptionalAttrDictWithKeyword();
  for (const a of attrs) {
    if (a.name === 'known_block_size' || a.name === 'known_grid_size' || a.name === 'known_cluster_size') state.properties.push(a);
    else state.attributes.push(a);
  }
  const body = new Region();
  parser.parseRegion(body, entry);
  state.regions.push(body);
}

const FUNC_ELIDED = [
  'sym_name', 'sym_visibility', 'workgroup_attributions', 'gpu.kernel', 'function_type', 'arg_attrs', 'res_attrs', 'workgroup_attrib_attrs', 'private_attrib_attrs',
];

function dictAt(list: Attribute | undefined, i: number): DictionaryAttr | null {
  const d = list instanceof ArrayAttr ? list.elements[i] : undefined;
  return d instanceof DictionaryAttr && d.size ? d : null;
}

/** ` workgroup(%a : t {attrs}, ...)`, nothing when there are none (MLIR's printAttributions). */
function printAttributions(p: OpAsmPrinter, keyword: string, values: readonly Value[], attrs: Attribute | undefined): void {
  if (!values.length) return;
  p.write(` ${keyword}(`);
  values.forEach((v, i) => {
    if (i) p.write(', ');
    p.printOperand(v);
    p.write(' : ');
    p.printType(v.type);
    const d = dictAt(attrs, i);
    if (d) p.printOptionalAttrDict(d.entries);
  });
  p.write(')');
}

/** The number of workgroup attributions of a gpu.func. */
export function workgroupCount(op: Operation): number {
  const a = op.getAttr('workgroup_attributions');
  return a instanceof IntegerAttr ? Number(a.value) : 0;
}

/** The function type of a gpu.func (an empty one when the property is missing or wrong). */
export function gpuFuncType(op: Operation): FunctionType {
  const t = op.getProp('function_type');
  return t instanceof TypeAttr && t.value instanceof FunctionType ? t.value : FunctionType.get(op.context, [], []);
}

export function printFunc(op: Operation, p: OpAsmPrinter): void {
  const type = gpuFuncType(op);
  const entry = op.regions[0].entry;
  const args = entry?.arguments ?? [];
  const numInputs = type.inputs.length;
  const numWorkgroup = workgroupCount(op);
  p.write(' ');
  p.printSymbolName((op.getAttr('sym_name') as StringAttr | undefined)?.value ?? '');
  p.write('(');
  type.inputs.forEach((t, i) => {
    if (i) p.write(', ');
    if (args[i]) p.printRegionArgument(args[i], dictAt(op.getProp('arg_attrs'), i));
    else p.printType(t);
  });
  p.write(')');
  if (type.results.length) {
    const resAttrs = op.getProp('res_attrs');
    const parens = type.results.length > 1 || type.results[0] instanceof FunctionType || dictAt(resAttrs, 0) !== null;
    p.write(parens ? ' -> (' : ' -> ');
    type.results.forEach((t, i) => {
      if (i) p.write(', ');
      p.printType(t);
      const d = dictAt(resAttrs, i);
      if (d) p.printOptionalAttrDict(d.entries);
    });
    if (parens) p.write(')');
  }
  printAttributions(p, 'workgroup', args.slice(numInputs, numInputs + numWorkgroup), op.getProp('workgroup_attrib_attrs'));
  printAttributions(p, 'private', args.slice(numInputs + numWorkgroup), op.getProp('private_attrib_attrs'));
  if (op.getAttr('gpu.kernel')) p.write(' kernel');
  p.printOptionalAttrDictWithKeyword(p.attributesOf(op), FUNC_ELIDED);
  p.write(' ');
  p.printRegion(op.regions[0], { printEntryBlockArgs: false, printBlockTerminators: true });
}

/** The operand groups of gpu.launch_func, in MLIR's operandSegmentSizes order. */
export const LAUNCH_SEGMENTS = [
  'asyncDependencies', 'gridSizeX', 'gridSizeY', 'gridSizeZ', 'blockSizeX', 'blockSizeY', 'blockSizeZ',
  'clusterSizeX', 'clusterSizeY', 'clusterSizeZ', 'dynamicSharedMemorySize', 'kernelOperands', 'asyncObject',
] as const;

function parseTriple(parser: OpAsmParser): UnresolvedOperand[] {
  parser.parsePunct('(');
  const ops = [parser.parseOperand()];
  parser.parsePunct(',');
  ops.push(parser.parseOperand());
  parser.parsePunct(',');
  ops.push(parser.parseOperand());
  parser.parsePunct(')');
  return ops;
}

/**
 * MLIR's launch_func format: `async? [deps]? (<%obj : t>)? @m::@k (clusters in (...))? blocks in (...)
 * threads in (...) (: type)? (dynamic_shared_memory_size %s)? (args(%a : t, ...))? attr-dict`.
 */
export function parseLaunchFunc(parser: OpAsmParser, state: OperationState): void {
  const ctx = parser.context;
  const at = parser.currentOffset();
  const slots = [{ kind: 'type' as const, list: true, ref: false, value: undefined as unknown }, { kind: 'operand' as const, list: true, ref: false, value: undefined as unknown }];
  asyncDependencies.parse(parser, { context: ctx, slots });
  state.resultTypes.push(...(slots[0].value as Type[]));
  const deps = slots[1].value as UnresolvedOperand[];
  let asyncObject: { operand: UnresolvedOperand; type: Type } | undefined;
  if (parser.parseOptionalPunct('<')) {
    const operand = parser.parseOperand();
    parser.parsePunct(':');
    asyncObject = { operand, type: parser.parseType() };
    parser.parsePunct('>');
  }
  state.properties.push({ name: 'kernel', value: parser.parseSymbolRefAttr() });
  let clusters: UnresolvedOperand[] = [];
  if (parser.parseOptionalKeyword('clusters')) {
    parser.parseKeyword('in');
    clusters = parseTriple(parser);
  }
  parser.parseKeyword('blocks');
  parser.parseKeyword('in');
  const grid = parseTriple(parser);
  parser.parseKeyword('threads');
  parser.parseKeyword('in');
  const block = parseTriple(parser);
  const dimType = parser.parseOptionalPunct(':') ? parser.parseType() : IndexType.get(ctx);
  const shared = parser.parseOptionalKeyword('dynamic_shared_memory_size') ? [parser.parseOperand()] : [];
  const kernelArgs: UnresolvedOperand[] = [];
  const kernelTypes: Type[] = [];
  if (parser.parseOptionalKeyword('args')) {
    parser.parsePunct('(');
    if (!parser.parseOptionalPunct(')')) {
      do {
        kernelArgs.push(parser.parseOperand());
        parser.parsePunct(':');
        kernelTypes.push(parser.parseType());
      } while (parser.parseOptionalPunct(','));
      parser.parsePunct(')');
    }
  }
  state.attributes.push(...parser.parseOptionalAttrDict());
  const token = AsyncTokenType.get(ctx);
  const i32 = IntegerType.get(ctx, 32);
  state.operands.push(...parser.resolveOperands(deps, deps.map(() => token), at));
  state.operands.push(...parser.resolveOperands(grid, [dimType, dimType, dimType], at));
  state.operands.push(...parser.resolveOperands(block, [dimType, dimType, dimType], at));
  state.operands.push(...parser.resolveOperands(clusters, clusters.map(() => dimType), at));
  state.operands.push(...parser.resolveOperands(shared, shared.map(() => i32), at));
  state.operands.push(...parser.resolveOperands(kernelArgs, kernelTypes, at));
  if (asyncObject) state.operands.push(parser.resolveOperand(asyncObject.operand, asyncObject.type));
  const c = clusters.length ? 1 : 0;
  const sizes = [deps.length, 1, 1, 1, 1, 1, 1, c, c, c, shared.length, kernelArgs.length, asyncObject ? 1 : 0];
  state.properties.push({ name: 'operandSegmentSizes', value: DenseArrayAttr.get(i32, sizes) });
}

/** The operand groups of a launch_func by name, cut by its operandSegmentSizes. */
export function launchGroups(op: Operation): Record<(typeof LAUNCH_SEGMENTS)[number], Value[]> {
  const sizes = op.getProp('operandSegmentSizes');
  const counts = sizes instanceof DenseArrayAttr ? sizes.values.map(Number) : LAUNCH_SEGMENTS.map(() => 0);
  const operands = op.operands;
  const groups = {} as Record<(typeof LAUNCH_SEGMENTS)[number], Value[]>;
  let next = 0;
  LAUNCH_SEGMENTS.forEach((name, i) => {
    groups[name] = operands.slice(next, next + (counts[i] ?? 0));
    next += counts[i] ?? 0;
  });
  return groups;
}

export function printLaunchFunc(op: Operation, p: OpAsmPrinter): void {
  const g = launchGroups(op);
  p.write(' ');
  asyncDependencies.print(p, op, [op.resultTypes, g.asyncDependencies]);
  if (g.asyncObject.length) {
    p.write('<');
    p.printOperand(g.asyncObject[0]);
    p.write(' : ');
    p.printType(g.asyncObject[0].type);
    p.write('>');
  }
  p.write(' ');
  p.printAttributeWithoutType(op.getProp('kernel') as SymbolRefAttr);
  const triple = (vs: readonly Value[]) => {
    p.write('(');
    p.printOperands(vs);
    p.write(')');
  };
  if (g.clusterSizeX.length) {
    p.write(' clusters in ');
    triple([...g.clusterSizeX, ...g.clusterSizeY, ...g.clusterSizeZ]);
  }
  p.write(' blocks in ');
  triple([...g.gridSizeX, ...g.gridSizeY, ...g.gridSizeZ]);
  p.write(' threads in ');
  triple([...g.blockSizeX, ...g.blockSizeY, ...g.blockSizeZ]);
  p.write(' ');
  const dimType = g.gridSizeX[0]?.type;
  if (dimType && !(dimType instanceof IndexType)) {
    p.write(': ');
    p.printType(dimType);
  }
  if (g.dynamicSharedMemorySize.length) {
    p.write(' dynamic_shared_memory_size ');
    p.printOperand(g.dynamicSharedMemorySize[0]);
  }
  // MLIR's format writes the space before its LaunchFuncOperands directive even when that prints nothing.
  p.write(' ');
  if (g.kernelOperands.length) {
    p.write('args(');
    g.kernelOperands.forEach((v, i) => {
      if (i) p.write(', ');
      p.printOperand(v);
      p.write(' : ');
      p.printType(v.type);
    });
    p.write(')');
  }
  p.printOptionalAttrDict(p.attributesOf(op), ['kernel', 'operandSegmentSizes']);
}
