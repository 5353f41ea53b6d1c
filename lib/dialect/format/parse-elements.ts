// Compiles one format element into the closures that read it: the element's shape (arity,
// keyword or punctuation, slot) is decided here, once per op kind, not per op parsed.
import { Region, type Block, type OpAsmParser, type Punctuation, type Type, type UnresolvedOperand } from '../../ir/index.js';
import type { OpModel } from '../model.js';
import type { CustomDirective } from '../spec.js';
import { isKeywordLiteral, type FormatElement, type TypeArg } from './ast.js';
import type { PState } from './parse-state.js';
import { customParser } from './parse-custom.js';

export interface ElementParser {
  parse(p: OpAsmParser, s: PState): void;
  /** Parses the element if it is there; false (nothing consumed) otherwise. */
  tryParse(p: OpAsmParser, s: PState): boolean;
}

/**
 * `first, x, y` where `first` was optional: empty without it. `next` reads each later element;
 * it is a module-level function, so a list read per op makes no closure.
 */
function listFrom<T extends object>(p: OpAsmParser, first: T | undefined, next: (p: OpAsmParser) => T): T[] {
  if (first === undefined) return [];
  const out = [first];
  while (p.parseOptionalPunct(',')) out.push(next(p));
  return out;
}
const nextOperand = (p: OpAsmParser): UnresolvedOperand => p.parseOperand();
const nextType = (p: OpAsmParser): Type => p.parseType();
const nextSuccessor = (p: OpAsmParser): Block => p.parseSuccessor();
const operandsFrom = (p: OpAsmParser, first: UnresolvedOperand | undefined): UnresolvedOperand[] => listFrom(p, first, nextOperand);
const typesFrom = (p: OpAsmParser, first: Type | undefined): Type[] => listFrom(p, first, nextType);
const successorsFrom = (p: OpAsmParser, first: Block | undefined): Block[] => listFrom(p, first, nextSuccessor);
const regionsFrom = (p: OpAsmParser, first: Region | undefined): Region[] => listFrom(p, first, parseRegion);

/**
 * `[first]`, then after a comma what `rest` reads. In an optional group's first element the
 * list after the comma may be empty (the comma is then accepted alone), as it always was.
 */
function withTail<T>(p: OpAsmParser, first: T, rest: (p: OpAsmParser) => T[]): T[] {
  return p.parseOptionalPunct(',') ? [first, ...rest(p)] : [first];
}
const moreTypes = (p: OpAsmParser): Type[] => typesFrom(p, p.parseOptionalType());
const moreRegions = (p: OpAsmParser): Region[] => regionsFrom(p, optionalRegion(p));
const moreSuccessors = (p: OpAsmParser): Block[] => successorsFrom(p, p.parseOptionalSuccessor());

function optionalRegion(p: OpAsmParser): Region | undefined {
  const r = new Region();
  return p.parseOptionalRegion(r) ? r : undefined;
}

function parseRegion(p: OpAsmParser): Region {
  const r = new Region();
  p.parseRegion(r);
  return r;
}

/** Stores the types read for `a`. */
export function assignTypes(s: PState, a: TypeArg, ts: Type[]): void {
  if (a.k === 'operands') s.allOperandTypes = ts;
  else if (a.k === 'results') s.allResultTypes = ts;
  else (a.k === 'operand' ? s.operandTypes : s.resultTypes)[a.slot.index] = ts;
}

function typeArgParser(a: TypeArg): ElementParser {
  const arity = a.k === 'operand' || a.k === 'result' ? a.slot.arity : 'variadic';
  if (arity === 'single' && (a.k === 'operand' || a.k === 'result')) {
    // The usual `: type($result)`: into the slot's reused one-element list.
    const index = a.slot.index;
    const operand = a.k === 'operand';
    const store = (s: PState, t: Type): void => {
      const l = (operand ? s.singleOperandType : s.singleResultType)[index];
      l[0] = t;
      (operand ? s.operandTypes : s.resultTypes)[index] = l;
    };
    return {
      parse: (p, s) => store(s, p.parseType()),
      tryParse(p, s) {
        const t = p.parseOptionalType();
        if (!t) return false;
        store(s, t);
        return true;
      },
    };
  }
  return {
    parse(p, s) {
      if (arity === 'optional') {
        const t = p.parseOptionalType();
        assignTypes(s, a, t ? [t] : []);
      } else assignTypes(s, a, typesFrom(p, p.parseOptionalType()));
    },
    tryParse(p, s) {
      const t = p.parseOptionalType();
      if (!t) return false;
      assignTypes(s, a, arity === 'variadic' ? withTail(p, t, moreTypes) : [t]);
      return true;
    },
  };
}

const nothing: ElementParser = { parse() {}, tryParse: () => true };

function literalParser(v: string): ElementParser {
  if (isKeywordLiteral(v)) return { parse: (p) => void p.parseKeyword(v), tryParse: (p) => p.parseOptionalKeyword(v) !== undefined };
  const punct = v as Punctuation;
  return { parse: (p) => p.parsePunct(punct), tryParse: (p) => p.parseOptionalPunct(punct) };
}

function operandParser(e: Extract<FormatElement, { k: 'operand' }>): ElementParser {
  const { index, arity } = e.slot;
  const first = index === 0;
  if (arity === 'single') {
    return {
      parse(p, s) {
        if (first) s.offset = p.currentOffset();
        s.operands[index] = s.singleOperand(index, p.parseOperand());
      },
      tryParse(p, s) {
        const o = p.parseOptionalOperand();
        if (!o) return false;
        if (first) s.offset = o.offset;
        s.operands[index] = s.singleOperand(index, o);
        return true;
      },
    };
  }
  const read = (p: OpAsmParser, s: PState, o: UnresolvedOperand | undefined): void => {
    if (o && first) s.offset = o.offset;
    s.operands[index] = arity === 'variadic' ? operandsFrom(p, o) : o ? s.singleOperand(index, o) : [];
  };
  return {
    parse(p, s) {
      if (first) s.offset = p.currentOffset();
      read(p, s, p.parseOptionalOperand());
    },
    tryParse(p, s) {
      const o = p.parseOptionalOperand();
      if (!o) return false;
      read(p, s, o);
      return true;
    },
  };
}

function propParser(e: Extract<FormatElement, { k: 'prop' }>, slot: number): ElementParser {
  const { syntax } = e.slot.def;
  return {
    parse(p, s) {
      s.props[slot] = syntax.parse(p, s.ctx);
    },
    tryParse(p, s) {
      const a = syntax.parseOptional(p, s.ctx);
      if (a === undefined) return false;
      s.props[slot] = a;
      return true;
    },
  };
}

function regionParser(m: OpModel, index: number): ElementParser {
  const variadic = m.regions[index].def.variadic;
  return {
    parse(p, s) {
      s.regions[index] = variadic ? regionsFrom(p, optionalRegion(p)) : [parseRegion(p)];
    },
    tryParse(p, s) {
      const r = optionalRegion(p);
      if (!r) return false;
      s.regions[index] = variadic ? withTail(p, r, moreRegions) : [r];
      return true;
    },
  };
}

function successorParser(m: OpModel, index: number): ElementParser {
  const variadic = m.successors[index].def.variadic;
  return {
    parse(p, s) {
      s.successors[index] = variadic ? successorsFrom(p, p.parseOptionalSuccessor()) : [p.parseSuccessor()];
    },
    tryParse(p, s) {
      const b = p.parseOptionalSuccessor();
      if (!b) return false;
      s.successors[index] = variadic ? withTail(p, b, moreSuccessors) : [b];
      return true;
    },
  };
}

/** An element that is never the first of an optional group (the checker ensures it). */
function always(parse: ElementParser['parse']): ElementParser {
  return { parse, tryParse: () => false };
}

/** Compiles element `e` of op `m`'s format; properties are stored at their slot in `s.layout`. */
export function compileElement(m: OpModel, e: FormatElement, customs: ReadonlyMap<string, CustomDirective>, propSlot: (name: string) => number): ElementParser {
  switch (e.k) {
    case 'literal':
      return literalParser(e.value);
    case 'space':
      return nothing;
    case 'operand':
      return operandParser(e);
    case 'operands':
      return always((p, s) => {
        s.offset = p.currentOffset();
        s.allOperands = operandsFrom(p, p.parseOptionalOperand());
      });
    case 'prop':
      return propParser(e, propSlot(e.slot.name));
    case 'region':
      return regionParser(m, e.slot.index);
    case 'regions':
      return always((p, s) => void (s.allRegions = regionsFrom(p, optionalRegion(p))));
    case 'successor':
      return successorParser(m, e.slot.index);
    case 'successors':
      return always((p, s) => void (s.allSuccessors = successorsFrom(p, p.parseOptionalSuccessor())));
    case 'attr-dict': {
      const kw = e.withKeyword;
      return {
        parse(p, s) {
          const attrs = kw ? p.parseOptionalAttrDictWithKeyword() : p.parseOptionalAttrDict();
          for (let i = 0; i < attrs.length; i++) s.attrs.push(attrs[i]);
        },
        tryParse: () => true,
      };
    }
    case 'prop-dict':
      return {
        parse(p, s) {
          for (const a of p.parseOptionalPropDict()) s.setProp(a.name, a.value);
        },
        tryParse: () => true,
      };
    case 'type':
      return typeArgParser(e.arg);
    case 'functional-type':
      return always((p, s) => {
        const ft = p.parseFunctionType();
        assignTypes(s, e.inputs, ft.inputs);
        assignTypes(s, e.results, ft.results);
      });
    case 'custom':
      return customParser(m, e, customs);
    case 'optional':
      return optionalParser(m, e, customs, propSlot);
    default:
      throw new Error(`op '${m.name}': cannot parse format element '${(e as FormatElement).k}'`);
  }
}

function optionalParser(
  m: OpModel,
  e: Extract<FormatElement, { k: 'optional' }>,
  customs: ReadonlyMap<string, CustomDirective>,
  propSlot: (name: string) => number,
): ElementParser {
  const first = e.then.find((x) => x.k !== 'space')!;
  const firstParser = compileElement(m, first, customs, propSlot);
  const rest = e.then.filter((x) => x !== first && !(x === e.anchor && isElidedUnit(e.anchor, first))).map((x) => compileElement(m, x, customs, propSlot));
  const hasElse = e.else.some((x) => x.k !== 'space');
  const elseParsers = e.else.map((x) => compileElement(m, x, customs, propSlot));
  const unitAnchor = isElidedUnit(e.anchor, first) && e.anchor.k === 'prop' ? e.anchor.slot : null;
  const unitSlot = unitAnchor ? propSlot(unitAnchor.name) : -1;
  const run = (p: OpAsmParser, s: PState): boolean => {
    if (firstParser.tryParse(p, s)) {
      for (let i = 0; i < rest.length; i++) rest[i].parse(p, s);
      if (unitAnchor) s.props[unitSlot] = unitAnchor.def.encode(s.ctx, true);
      return true;
    }
    if (hasElse) for (let i = 0; i < elseParsers.length; i++) elseParsers[i].parse(p, s);
    return false;
  };
  return { parse: (p, s) => void run(p, s), tryParse: run };
}

function isElidedUnit(anchor: FormatElement, first: FormatElement): boolean {
  return anchor.k === 'prop' && anchor.slot.def.isUnit && anchor !== first;
}
