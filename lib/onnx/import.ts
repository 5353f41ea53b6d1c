// ONNX model -> `func.func @main` of graph ops: inputs and outputs named by `dlc.name`, weights as constants.
import {
  ArrayAttr, Builder, DictionaryAttr, FunctionType, NameLoc, Operation, RankedTensorType, StringAttr, TypeAttr, UnknownLoc,
  type Location, type MLIRContext, type Type, type Value,
} from '../ir/index.js';
import { verify } from '../verify/index.js';
import { NodeContext, elementType, type Entry } from './context.js';
import { ItemOp } from '../../dialects/graph/index.js';
import { WeightBlobs } from './weights.js';
import { converters, foldConstant, type Converter } from './ops/index.js';
import { Attributes, DATA_TYPE_NAMES, decodeModel, isIntegerType, tensorData, toNumber, type GraphProto, type NodeProto, type ReadExternal, type ValueInfoProto } from './proto.js';

/** The opsets the importer accepts for the default domain. */
export const OPSETS = { min: 7, max: 21 } as const;

/** How to import. */
export interface ImportOptions {
  /** Static dims for inputs whose dims are symbolic (`--shape input=1x128`). */
  readonly shapes?: ReadonlyMap<string, readonly number[]>;
  /** Inputs fixed to constant values (`--bind sr=16000`): no argument, and what depends on them folds. */
  readonly bindings?: ReadonlyMap<string, readonly number[]>;
  /** Reads external tensor data (relative to the model's directory). */
  readonly readExternal?: ReadExternal;
  /**
   * Constants with more elements than this become `dense_resource` blobs in the module's
   * resources (lib/parse's fileResources, which the printer writes); undefined keeps every one inline.
   */
  readonly resourceThreshold?: number;
}

/** The module, or every problem found (the import never gives a partial module). */
export type ImportResult = { module: Operation; problems?: undefined } | { module?: undefined; problems: string[] };

const noExternal: ReadExternal = (location) => {
  throw new Error(`external data file '${location}' cannot be read here`);
};

/** Imports an ONNX model file's bytes. */
export function importOnnx(ctx: MLIRContext, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  let model;
  try {
    model = decodeModel(bytes);
  } catch (e) {
    return { problems: [`cannot read the model: ${(e as Error).message}`] };
  }
  const problems: string[] = [];
  const opset = (model.opsetImport ?? []).filter((o) => !o.domain || o.domain === 'ai.onnx').map((o) => toNumber(o.version))[0];
  if (opset === undefined) problems.push('the model imports no opset of the default domain');
  else if (opset < OPSETS.min || opset > OPSETS.max) problems.push(`unsupported opset ${opset} (supported: ${OPSETS.min} to ${OPSETS.max})`);
  if (problems.length) return { problems };
  const module = new GraphImporter(ctx, opset!, options, problems).run(model.graph!);
  return module && problems.length === 0 ? { module } : { problems };
}

/** Imports one graph into a fresh module. */
class GraphImporter {
  private readonly entries = new Map<string, Entry>();
  /** Values of nodes that failed (or sit on a cycle): their users are skipped without a message of their own. */
  private readonly failed = new Set<string>();
  private readonly b: Builder;
  private readonly weights?: WeightBlobs;
  constructor(
    private readonly ctx: MLIRContext,
    private readonly opset: number,
    private readonly options: ImportOptions,
    private readonly problems: string[],
  ) {
    this.b = new Builder(ctx);
    if (options.resourceThreshold !== undefined) this.weights = new WeightBlobs(options.resourceThreshold);
  }

  run(graph: GraphProto): Operation | undefined {
    const loc = UnknownLoc.get(this.ctx);
    this.initializers(graph);
    for (const input of graph.input ?? []) this.bind(input);
    const inputs = (graph.input ?? []).filter((i) => !this.entries.has(i.name ?? ''));
    const inputTypes = inputs.map((i) => this.inputType(i));
    const module = Operation.create({ name: 'builtin.module', location: loc, regions: 1 });
    module.regions[0].push();
    const fn = Operation.create({ name: 'func.func', location: loc, regions: 1 });
    module.regions[0].entry!.insertBefore(fn, null);
    const body = this.b.createBlock(fn.regions[0], inputTypes.map((t) => t ?? RankedTensorType.get([], this.f32)), undefined, loc);
    inputs.forEach((i, k) => this.entries.set(i.name ?? '', { value: body.arguments[k] }));
    if (inputTypes.some((t) => !t)) {
      // Without the inputs' types nothing can be converted; still name every operator that never could be.
      for (const node of graph.node ?? []) if (!this.converterOf(node) && !isIf(node)) this.problems.push(unsupported(node));
      return undefined;
    }
    for (const node of this.ordered(graph.node ?? [])) this.convert(node);
    const results: Value[] = [];
    for (const out of graph.output ?? []) {
      const e = this.entries.get(out.name ?? '');
      if (!e) {
        if (!this.failed.has(out.name ?? '')) this.problems.push(`graph output '${out.name}' is not computed by any node`);
        continue;
      }
      // A constant output becomes a graph.constant, built as a node with that input would build it.
      this.materialized(e, out.name ?? '');
      this.checkDeclared(out, e.value!.type);
      results.push(e.value!);
    }
    if (this.problems.length) return undefined;
    this.b.create({ name: 'func.return', location: loc, operands: results });
    const named = (names: (string | null | undefined)[]) => ArrayAttr.get(this.ctx, names.map((n) => DictionaryAttr.get(this.ctx, [{ name: 'dlc.name', value: StringAttr.get(this.ctx, n ?? '') }])));
    fn.properties = DictionaryAttr.get(this.ctx, [
      { name: 'sym_name', value: StringAttr.get(this.ctx, 'main') },
      { name: 'function_type', value: TypeAttr.get(FunctionType.get(this.ctx, inputTypes as Type[], results.map((r) => r.type))) },
      { name: 'arg_attrs', value: named(inputs.map((i) => i.name)) },
      { name: 'res_attrs', value: named((graph.output ?? []).map((o) => o.name)) },
    ]);
    this.weights?.attach(module);
    return this.verified(module);
  }

  private get f32(): Type {
    return elementType(this.ctx, 1);
  }

  private initializers(graph: GraphProto): void {
    for (const t of graph.initializer ?? []) {
      try {
        this.entries.set(t.name ?? '', { data: tensorData(t, this.options.readExternal ?? noExternal) });
      } catch (e) {
        this.problems.push(`initializer '${t.name}': ${(e as Error).message}`);
      }
    }
  }

  /** An input fixed by `--bind` becomes constant data of its declared type. */
  private bind(info: ValueInfoProto): void {
    const name = info.name ?? '';
    const values = this.options.bindings?.get(name);
    if (!values || this.entries.has(name)) return;
    const dataType = info.type?.tensorType?.elemType ?? 1;
    const declared = (info.type?.tensorType?.shape?.dim ?? []).map((d) => toNumber(d.dimValue));
    const dims = declared.length === 0 ? [] : declared.every((d) => d > 0) && declared.reduce((a, b) => a * b, 1) === values.length ? declared : declared.length === 1 ? [values.length] : undefined;
    if (!dims || (dims.length === 0 && values.length !== 1)) {
      this.problems.push(`--bind ${name}: ${values.length} value(s) do not fit the input's rank-${declared.length} shape`);
      this.failed.add(name);
      return;
    }
    this.entries.set(name, { data: { dims, dataType, values: isIntegerType(dataType) ? values.map((v) => BigInt(Math.trunc(v))) : [...values] } });
  }

  /** A graph input's static type: its dims, or `--shape` where they are symbolic. */
  private inputType(info: ValueInfoProto): Type | undefined {
    const name = info.name ?? '';
    const tensor = info.type?.tensorType;
    if (!tensor) {
      this.problems.push(`input '${name}' is not a tensor`);
      return undefined;
    }
    const given = this.options.shapes?.get(name);
    const dims = (tensor.shape?.dim ?? []).map((d) => (d.dimValue !== null && d.dimValue !== undefined && toNumber(d.dimValue) > 0 ? toNumber(d.dimValue) : d.dimParam || '?'));
    let shape: number[];
    if (given) {
      const fits = given.length === dims.length && dims.every((d, i) => typeof d === 'string' || d === given[i]);
      if (!fits) {
        this.problems.push(`--shape ${name}=${given.join('x')} does not fit the input's shape [${dims.join(', ')}]`);
        return undefined;
      }
      shape = [...given];
    } else {
      const symbolic = dims.filter((d): d is string => typeof d === 'string');
      if (symbolic.length) {
        this.problems.push(`input '${name}' has dynamic dims [${dims.join(', ')}]: give them with --shape ${name}=${dims.map((d) => (typeof d === 'string' ? 'N' : d)).join('x')}`);
        return undefined;
      }
      shape = dims as number[];
    }
    try {
      return RankedTensorType.get(shape, elementType(this.ctx, tensor.elemType ?? 0));
    } catch (e) {
      this.problems.push(`input '${name}': ${(e as Error).message}`);
      return undefined;
    }
  }

  /** A problem when the model declares `info` with an element type or static dims other than the import computed. */
  private checkDeclared(info: ValueInfoProto, type: Type): void {
    const tensor = info.type?.tensorType;
    if (!tensor || !(type instanceof RankedTensorType)) return;
    const declared = (tensor.shape?.dim ?? []).map((d) => (d.dimValue !== null && d.dimValue !== undefined ? toNumber(d.dimValue) : -1));
    const rankDiffers = tensor.shape && declared.length !== type.shape.length;
    const dimDiffers = declared.some((d, i) => d > 0 && d !== type.shape[i]);
    let elementDiffers = false;
    try {
      elementDiffers = !!tensor.elemType && elementType(this.ctx, tensor.elemType) !== type.elementType;
    } catch {
      elementDiffers = true;
    }
    if (rankDiffers || dimDiffers || elementDiffers) {
      const shown = !tensor.shape ? 'of any shape' : declared.length ? declared.map((d) => (d > 0 ? d : '?')).join('x') : 'scalar';
      this.problems.push(`graph output '${info.name}' is declared ${shown} of ${DATA_TYPE_NAMES[tensor.elemType ?? 0] ?? '?'}, but the import computes ${type}`);
    }
  }

  /** The nodes in an order where each comes after its inputs' producers; a cycle is a problem. */
  private ordered(nodes: readonly NodeProto[]): NodeProto[] {
    const producer = new Map<string, number>();
    nodes.forEach((n, i) => (n.output ?? []).forEach((o) => o && producer.set(o, i)));
    const state = new Array<0 | 1 | 2>(nodes.length).fill(0);
    const out: NodeProto[] = [];
    const path: number[] = [];
    const visit = (i: number): void => {
      if (state[i] === 2) return;
      if (state[i] === 1) {
        const cycle = path.slice(path.indexOf(i));
        this.problems.push(`the graph has a cycle: ${[...cycle, i].map((k) => describe(nodes[k])).join(' -> ')}`);
        for (const k of cycle) for (const o of nodes[k].output ?? []) this.failed.add(o);
        return;
      }
      state[i] = 1;
      path.push(i);
      for (const input of nodes[i].input ?? []) {
        const p = producer.get(input);
        if (p !== undefined && !this.entries.has(input)) visit(p);
      }
      path.pop();
      state[i] = 2;
      out.push(nodes[i]);
    };
    nodes.forEach((_, i) => visit(i));
    return out;
  }

  private convert(node: NodeProto): void {
    const where = describe(node);
    const fail = (message?: string): void => {
      if (message) this.problems.push(message);
      for (const o of node.output ?? []) this.failed.add(o);
    };
    const convert = this.converterOf(node);
    if (!convert && !isIf(node)) return fail(unsupported(node));
    const inputs = (node.input ?? []).filter((i) => i);
    if (inputs.some((i) => this.failed.has(i))) return fail();
    if (!convert) return this.convertIf(node, where, fail);
    const missing = inputs.filter((i) => !this.entries.has(i));
    if (missing.length) {
      return fail(`${where}: input${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')} not defined (no graph input, initializer or node output of that name)`);
    }
    const loc: Location = NameLoc.get(this.ctx, node.name || `${node.opType}:${(node.output ?? [])[0] ?? ''}`);
    const cx = new NodeContext(node, this.opset, loc, this.b, this.entries, this.weights);
    try {
      const produced = foldConstant(cx) ?? convert(cx);
      (node.output ?? []).forEach((o, i) => {
        const p = produced[i];
        if (!o || p === undefined) return;
        this.entries.set(o, p instanceof Object && 'dims' in p ? { data: p } : { value: p as Value });
      });
    } catch (e) {
      // Data errors (a Constant's bad tensor, say) are the node's problem like any ImportError.
      fail(`${where}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /**
   * An If. With a constant condition the taken branch's nodes are imported in place (names are
   * global in ONNX), so what depends on it keeps folding; otherwise it becomes an `scf.if`.
   */
  private convertIf(node: NodeProto, where: string, fail: (message?: string) => void): void {
    const cond = this.entries.get(node.input?.[0] ?? '');
    if (!cond) return fail(`${where}: input '${node.input?.[0]}' not defined`);
    if (!cond.data) return this.convertDynamicIf(node, where, cond.value!, fail);
    const taken = cond.data.values[0] ? 'then_branch' : 'else_branch';
    const outputs = this.importBranch(node, taken, where, fail);
    outputs?.forEach((e, i) => node.output![i] && this.entries.set(node.output![i], e));
  }

  /**
   * An If whose condition is known only at run time: `scf.if` on the condition's element (a
   * `graph.item`), both branches imported into its regions, its results typed by what they
   * yield — which must be the same types in both.
   */
  private convertDynamicIf(node: NodeProto, where: string, cond: Value, fail: (message?: string) => void): void {
    const loc = NameLoc.get(this.ctx, node.name || `If:${(node.output ?? [])[0] ?? ''}`);
    const type = cond.type as RankedTensorType;
    if (type.shape.some((d) => d !== 1) || String(type.elementType) !== 'i1') return fail(`${where}: the condition must be one bool, but is ${type}`);
    const item = this.b.insert(ItemOp.create(loc, { operands: { input: cond } })).result(0);
    // The regions are filled in a result-less holder: the results' types are known only after.
    const holder = this.b.insert(Operation.create({ name: 'scf.if', location: loc, operands: [item], regions: 2 }));
    const outer = this.b.insertionPoint;
    const yielded: Type[][] = [];
    for (const [k, name] of (['then_branch', 'else_branch'] as const).entries()) {
      this.b.createBlock(holder.regions[k]);
      // Constants a branch is first to use are materialised inside it: outside, they must be again.
      const unmaterialised = [...this.entries.values()].filter((e) => e.data && !e.value);
      const values = this.importBranch(node, name, where, fail)?.map((e, i) => this.materialized(e, node.output?.[i] || name));
      for (const e of unmaterialised) e.value = undefined;
      if (!values) break;
      this.b.create({ name: 'scf.yield', location: loc, operands: values });
      yielded.push(values.map((v) => v.type));
    }
    this.b.insertionPoint = outer;
    const [then, other] = yielded;
    const differs = then.findIndex((t, i) => t !== other?.[i]);
    if (yielded.length < 2 || differs >= 0) {
      holder.erase();
      if (yielded.length < 2) return;
      return fail(`${where}: output #${differs} is ${then[differs]} in then_branch but ${other[differs]} in else_branch (the branches of an If that stays dynamic must give the same types; --bind the inputs the condition depends on to fold it)`);
    }
    const op = this.b.insert(Operation.create({ name: 'scf.if', location: loc, operands: [item], resultTypes: then, regions: 2 }));
    op.regions.forEach((r, k) => r.takeBody(holder.regions[k]));
    holder.erase();
    (node.output ?? []).forEach((o, i) => o && this.entries.set(o, { value: op.result(i) }));
  }

  /**
   * Imports an If's `name` branch at the builder's insertion point; answers its outputs'
   * entries, or undefined (after `fail`) when something in it failed.
   */
  private importBranch(node: NodeProto, name: 'then_branch' | 'else_branch', where: string, fail: (message?: string) => void): Entry[] | undefined {
    const branch = new Attributes(node).graph(name);
    if (!branch) return fail(`${where}: no ${name}`), undefined;
    const before = this.problems.length;
    this.initializers(branch);
    for (const n of this.ordered(branch.node ?? [])) this.convert(n);
    if (this.problems.length > before) return fail(), undefined;
    const outputs = branch.output ?? [];
    if (outputs.length !== (node.output ?? []).length) return fail(`${where}: ${name} has ${outputs.length} outputs, the If ${(node.output ?? []).length}`), undefined;
    const entries = outputs.map((o) => this.entries.get(o.name ?? ''));
    const missing = entries.findIndex((e) => !e);
    if (missing < 0) return entries as Entry[];
    const o = outputs[missing].name ?? '';
    return fail(this.failed.has(o) ? undefined : `${where}: ${name} output '${o}' is not computed`), undefined;
  }

  /** `e`'s SSA value, a `graph.constant` (named after `name`) at the insertion point when it is data. */
  private materialized(e: Entry, name: string): Value {
    return e.value ?? new NodeContext({ input: [name] }, this.opset, NameLoc.get(this.ctx, name), this.b, new Map([[name, e]]), this.weights).input(0);
  }

  private converterOf(node: NodeProto): Converter | undefined {
    const domain = node.domain ?? '';
    return domain === '' || domain === 'ai.onnx' ? converters.get(node.opType ?? '') : undefined;
  }

  /** The module when it verifies; the verifier's messages (at the nodes' names) otherwise. */
  private verified(module: Operation): Operation | undefined {
    const previous = this.ctx.printOpOnDiagnostic;
    this.ctx.printOpOnDiagnostic = false;
    const { result, diagnostics } = this.ctx.diagnostics.collect(() => verify(module));
    this.ctx.printOpOnDiagnostic = previous;
    for (const d of diagnostics) if (d.severity === 'error') this.problems.push(`${locationName(d.location)}: ${d.message}`);
    return result ? module : undefined;
  }
}

/** How a node is named in messages. */
function describe(node: NodeProto): string {
  return `node '${node.name || (node.output ?? [])[0] || '?'}' (${node.opType})`;
}

/** Whether `node` is the default domain's If (converted by the importer itself, as it imports subgraphs). */
function isIf(node: NodeProto): boolean {
  return node.opType === 'If' && !node.domain;
}

function unsupported(node: NodeProto): string {
  const domain = node.domain ?? '';
  return `${describe(node)}: unsupported operator '${domain ? `${domain}.` : ''}${node.opType}'`;
}

function locationName(loc: Location): string {
  return loc instanceof NameLoc ? `node '${loc.name}'` : 'model';
}
