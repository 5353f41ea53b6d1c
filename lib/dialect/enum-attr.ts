// Enumerations that are dialect attributes (MLIR's EnumAttr / BitEnumAttr), such as
// `#arith.overflow<nsw, nuw>` and `#arith.fastmath<fast>`: the attribute class, the property
// that holds one (written `<nsw>` in formats, after a glued keyword), and the dialect parser.
import { DialectAttr, type Attribute, type MLIRContext, type OpAsmParser, type OpAsmPrinter } from '../ir/index.js';
import { propDef, type PropDef } from './properties.js';

/** `#dialect.mnemonic<value>`; `value` is the canonical case text (`nsw, nuw`, `fast`, `none`). */
export class EnumAttr extends DialectAttr {
  constructor(
    ctx: MLIRContext,
    id: number,
    readonly dialect: string,
    readonly mnemonic: string,
    readonly value: string,
  ) {
    super(ctx, id);
  }
  static get(ctx: MLIRContext, dialect: string, mnemonic: string, value: string): EnumAttr {
    return ctx.intern(`EA:${dialect}.${mnemonic}<${value}>`, (id) => new EnumAttr(ctx, id, dialect, mnemonic, value));
  }
  printBody(): string {
    return `${this.mnemonic}<${this.value}>`;
  }
}

/** What an enum attribute is: its dialect, mnemonic and cases; bit enums combine cases. */
export interface EnumSpec {
  readonly dialect: string;
  readonly mnemonic: string;
  /** Case names with their values; for bit enums, the bits (a group such as `fast` may set several). */
  readonly cases: Readonly<Record<string, number>>;
  /** Set for bit enums: how cases are joined (`, ` for overflow flags, `,` for fastmath). */
  readonly bitSeparator?: string;
}

/** Canonical text of a bit set, as MLIR's stringify: `none` for 0, groups before single bits, in case order. */
function bitsToText(spec: EnumSpec, bits: number): string {
  if (bits === 0) return Object.keys(spec.cases).find((k) => spec.cases[k] === 0) ?? 'none';
  const entries = Object.entries(spec.cases).filter(([, v]) => v !== 0);
  const single = (v: number) => (v & (v - 1)) === 0;
  const names: string[] = [];
  let rest = bits;
  for (const [k, v] of [...entries.filter(([, v]) => !single(v)), ...entries.filter(([, v]) => single(v))]) {
    if ((rest & v) === v) {
      names.push(k);
      rest &= ~v;
    }
  }
  return names.join(spec.bitSeparator);
}

/** The value of `text` (a case, or for bit enums cases joined by commas), or undefined when unknown. */
function textToValue(spec: EnumSpec, text: string): number | undefined {
  const parts = spec.bitSeparator === undefined ? [text.trim()] : text.split(',').map((s) => s.trim());
  let v = 0;
  for (const p of parts) {
    const c = spec.cases[p];
    if (c === undefined) return undefined;
    v |= c;
  }
  return v;
}

/** The canonical attribute for `text`, or undefined when it names no case. */
export function enumAttrFromText(ctx: MLIRContext, spec: EnumSpec, text: string): EnumAttr | undefined {
  const v = textToValue(spec, text);
  if (v === undefined) return undefined;
  const canonical = spec.bitSeparator === undefined ? text.trim() : bitsToText(spec, v);
  return EnumAttr.get(ctx, spec.dialect, spec.mnemonic, canonical);
}

/**
 * A property holding a dialect enum attribute, read as its canonical text. In formats it is
 * written stripped (`<nsw, nuw>`), as MLIR prints attributes of a known kind.
 */
export function DialectEnumProp(spec: EnumSpec): PropDef<string> {
  const full = `${spec.dialect}::${spec.mnemonic}`;
  const parseBody = (p: OpAsmParser, ctx: MLIRContext): Attribute => {
    const at = p.currentOffset();
    const words: string[] = [];
    if (!p.parseOptionalPunct('>')) {
      do words.push(p.parseKeyword());
      while (spec.bitSeparator !== undefined && p.parseOptionalPunct(','));
      p.parsePunct('>');
    }
    const a = enumAttrFromText(ctx, spec, words.join(','));
    if (!a) throw p.error(at, `expected ${full} to be one of: ${Object.keys(spec.cases).join(', ')}`);
    return a;
  };
  return propDef({
    summary: `${spec.mnemonic} enum attribute`,
    check: (a) => a instanceof EnumAttr && a.dialect === spec.dialect && a.mnemonic === spec.mnemonic,
    decode: (a) => (a as EnumAttr).value,
    encode: (ctx, v) => {
      const a = enumAttrFromText(ctx, spec, v);
      if (!a) throw new Error(`'${v}' is not a case of ${full}`);
      return a;
    },
    syntax: Object.freeze({
      parse: (p: OpAsmParser, ctx: MLIRContext) => {
        p.parsePunct('<');
        return parseBody(p, ctx);
      },
      parseOptional: (p: OpAsmParser, ctx: MLIRContext) => (p.parseOptionalPunct('<') ? parseBody(p, ctx) : undefined),
      print: (pr: OpAsmPrinter, a: Attribute) => pr.write(`<${(a as EnumAttr).value}>`),
      mayEndWithType: false,
    }),
  });
}

/** A dialect attribute parser for `#dialect.mnemonic<...>` of the given enums (for defineDialect). */
export function enumAttributeParser(specs: readonly EnumSpec[]): (body: string, ctx: MLIRContext) => Attribute | undefined {
  const byMnemonic = new Map(specs.map((s) => [s.mnemonic, s]));
  return (body, ctx) => {
    const m = /^([\w.]+)<(.*)>$/s.exec(body);
    const spec = m && byMnemonic.get(m[1]);
    return spec ? enumAttrFromText(ctx, spec, m![2]) : undefined;
  };
}
