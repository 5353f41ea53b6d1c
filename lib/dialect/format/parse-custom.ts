// `custom<Name>(...)` in a format: hands the directive the slots it reads (`ref(...)`) and
// stores what it parsed into the others.
import { DenseArrayAttr, IntegerType, type Attribute, type Block, type MLIRContext, type NamedAttribute, type Region, type Type, type UnresolvedOperand } from '../../ir/index.js';
import type { OpModel } from '../model.js';
import { flatten } from '../layout.js';
import type { CustomDirective, CustomSlot } from '../spec.js';
import type { FormatElement } from './ast.js';
import type { ElementParser } from './parse-elements.js';
import { assignTypes } from './parse-elements.js';
import type { PState } from './parse-state.js';

/** A DenseArrayAttr of i32 sizes, as MLIR's segment-size properties. */
export function segmentAttr(ctx: MLIRContext, sizes: readonly number[]): Attribute {
  return DenseArrayAttr.get(IntegerType.get(ctx, 32), sizes.map((n) => BigInt(n)));
}

function read(s: PState, a: FormatElement): unknown {
  switch (a.k) {
    case 'operand':
      return a.slot.arity === 'single' ? s.operands[a.slot.index]?.[0] : (s.operands[a.slot.index] ?? undefined);
    case 'prop':
      return s.getProp(a.slot.name);
    case 'type': {
      const types = a.arg.k === 'operand' ? s.operandTypes[a.arg.slot.index] : a.arg.k === 'result' ? s.resultTypes[a.arg.slot.index] : undefined;
      // A single operand's or result's type is handed over as a type, as MLIR's ref(type($x)).
      return (a.arg.k === 'operand' || a.arg.k === 'result') && a.arg.slot.arity === 'single' ? types?.[0] : types;
    }
    default:
      return undefined;
  }
}

function write(s: PState, a: FormatElement, v: unknown, listy: boolean): void {
  if (v === undefined) return;
  const asList = <T>(x: unknown): T[] => (listy ? (x as T[]) : [x as T]);
  switch (a.k) {
    case 'operand': {
      // A VariadicOfVariadic operand comes as sub-lists; their sizes fill its segment property.
      const sub = a.slot.subSegments;
      if (sub && !s.hasProp(sub)) s.setProp(sub, segmentAttr(s.ctx, (v as unknown[][]).map((l) => l.length)));
      s.operands[a.slot.index] = sub ? flatten(v as UnresolvedOperand[][]) : asList<UnresolvedOperand>(v);
      break;
    }
    case 'type':
      assignTypes(s, a.arg, a.arg.k === 'operand' && a.arg.slot.subSegments ? flatten(v as Type[][]) : asList<Type>(v));
      break;
    case 'prop':
      s.setProp(a.slot.name, v as Attribute);
      break;
    case 'region':
      s.regions[a.slot.index] = asList<Region>(v);
      s.customRegions ??= new Set();
      for (const r of s.regions[a.slot.index]!) s.customRegions.add(r);
      break;
    case 'successor':
      s.successors[a.slot.index] = asList<Block>(v);
      break;
    case 'attr-dict':
      s.attrs.push(...(v as NamedAttribute[]));
      break;
    default:
      break;
  }
}

/** The parser of `custom<Name>(args)`; the directive is looked up in `customs` when it runs. */
export function customParser(m: OpModel, e: Extract<FormatElement, { k: 'custom' }>, customs: ReadonlyMap<string, CustomDirective>): ElementParser {
  const kinds = e.args.map(({ element: a, ref }) => {
    const kind: CustomSlot['kind'] =
      a.k === 'operand' ? 'operand' : a.k === 'type' ? 'type' : a.k === 'prop' ? 'attribute' : a.k === 'region' ? 'region' : a.k === 'successor' ? 'successor' : 'attr-dict';
    const listy =
      (a.k === 'operand' && a.slot.arity !== 'single') ||
      (a.k === 'type' && (a.arg.k === 'operands' || a.arg.k === 'results' || a.arg.slot.arity !== 'single')) ||
      (a.k === 'region' && m.regions[a.slot.index].def.variadic) ||
      (a.k === 'successor' && m.successors[a.slot.index].def.variadic);
    return { kind, list: listy, ref };
  });
  return {
    parse(p, s) {
      const fn = customs.get(e.name);
      if (!fn) throw new Error(`op '${m.name}': custom directive '${e.name}' is not registered on its dialect`);
      const slots: CustomSlot[] = e.args.map((a, i) => ({ ...kinds[i], value: kinds[i].ref ? read(s, a.element) : undefined }));
      fn.parse(p, { context: s.ctx, slots });
      e.args.forEach((a, i) => {
        if (!a.ref) write(s, a.element, slots[i].value, kinds[i].list);
      });
    },
    tryParse: () => false,
  };
}
