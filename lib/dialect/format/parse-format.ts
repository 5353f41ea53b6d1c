// Reads an assembly format string (MLIR's declarative syntax) into format elements bound to
// the op's definition; every mistake is an Error naming the op and the column.
import type { OpModel } from '../model.js';
import { PUNCTUATION, isKeywordLiteral, type CustomArg, type FormatElement, type OptionalGroup, type TypeArg } from './ast.js';

type Tok =
  | { t: 'literal'; v: string; at: number }
  | { t: 'var'; v: string; at: number }
  | { t: 'word'; v: string; at: number }
  | { t: 'punct'; v: string; at: number }
  | { t: 'eof'; v: ''; at: number };

/** An error in a format string; `at` is the 0-based offset in it. */
export class FormatError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new FormatError('unterminated literal: a closing ` is missing', i);
      out.push({ t: 'literal', v: src.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (c === '$') {
      const m = /^[A-Za-z_][\w]*/.exec(src.slice(i + 1));
      if (!m) throw new FormatError("expected a variable name after '$'", i);
      out.push({ t: 'var', v: m[0], at: i });
      i += 1 + m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w-]*/.exec(src.slice(i))!;
      out.push({ t: 'word', v: m[0], at: i });
      i += m[0].length;
    } else if ('(),?^<>:='.includes(c)) {
      out.push({ t: 'punct', v: c, at: i });
      i++;
    } else {
      throw new FormatError(`unexpected character '${c}'`, i);
    }
  }
  out.push({ t: 'eof', v: '', at: src.length });
  return out;
}

/** Parses `format` for the op described by `m`. */
export function parseFormat(format: string, m: OpModel): FormatElement[] {
  const toks = lex(format);
  let pos = 0;
  const peek = () => toks[pos];
  const next = () => toks[pos++];
  const expect = (v: string, what: string): void => {
    const t = next();
    if (t.v !== v || (t.t !== 'punct' && t.t !== 'word')) throw new FormatError(`expected '${v}' ${what}`, t.at);
  };

  const variable = (t: Tok, inType: boolean): FormatElement | TypeArg => {
    const name = t.v;
    const operand = m.operands.find((s) => s.name === name);
    if (operand) return { k: 'operand', slot: operand };
    const result = m.results.find((s) => s.name === name);
    if (result) {
      if (!inType) throw new FormatError(`result variable '$${name}' can only be used as a child of a 'type' directive`, t.at);
      return { k: 'result', slot: result };
    }
    const prop = m.properties.find((s) => s.name === name);
    if (prop) return { k: 'prop', slot: prop, qualified: false };
    const region = m.regions.find((s) => s.name === name);
    if (region) return { k: 'region', slot: region };
    const succ = m.successors.find((s) => s.name === name);
    if (succ) return { k: 'successor', slot: succ };
    throw new FormatError(`unknown variable '$${name}': it is not an operand, result, property, region or successor of the op`, t.at);
  };

  const typeArg = (): TypeArg => {
    const t = next();
    if (t.t === 'var') {
      const v = variable(t, true);
      if (v.k === 'operand' || v.k === 'result') return v as TypeArg;
      throw new FormatError(`'type' takes an operand or result, not '$${t.v}'`, t.at);
    }
    if (t.t === 'word' && (t.v === 'operands' || t.v === 'results')) return { k: t.v };
    throw new FormatError("expected an operand, a result, 'operands' or 'results'", t.at);
  };

  const directive = (t: Tok, ctx: 'top' | 'custom'): FormatElement => {
    switch (t.v) {
      case 'attr-dict':
      case 'attr-dict-with-keyword':
        return { k: 'attr-dict', withKeyword: t.v !== 'attr-dict' };
      case 'prop-dict':
        return { k: 'prop-dict' };
      case 'operands':
      case 'regions':
      case 'successors':
        return { k: t.v };
      case 'results':
        throw new FormatError("'results' can only be used as an argument of 'type' or 'functional-type'", t.at);
      case 'type': {
        expect('(', "after 'type'");
        const arg = typeArg();
        expect(')', "to close 'type'");
        return { k: 'type', arg, qualified: false };
      }
      case 'qualified': {
        expect('(', "after 'qualified'");
        const inner = peek();
        const el = element(ctx);
        expect(')', "to close 'qualified'");
        if (el.k === 'type') return { ...el, qualified: true };
        if (el.k === 'prop') return { ...el, qualified: true };
        throw new FormatError("'qualified' takes a 'type' directive or a property", inner.at);
      }
      case 'functional-type': {
        expect('(', "after 'functional-type'");
        const inputs = typeArg();
        expect(',', "between the arguments of 'functional-type'");
        const results = typeArg();
        expect(')', "to close 'functional-type'");
        return { k: 'functional-type', inputs, results };
      }
      case 'custom': {
        expect('<', "after 'custom'");
        const name = next();
        if (name.t !== 'word') throw new FormatError('expected the name of the custom directive', name.at);
        expect('>', 'after the custom directive name');
        expect('(', 'to open the custom directive arguments');
        const args: CustomArg[] = [];
        if (peek().v !== ')') {
          do {
            const a = peek();
            if (a.t === 'word' && a.v === 'ref') {
              next();
              expect('(', "after 'ref'");
              args.push({ ref: true, element: element('custom') });
              expect(')', "to close 'ref'");
            } else {
              args.push({ ref: false, element: element('custom') });
            }
          } while (peek().v === ',' && next());
        }
        expect(')', 'to close the custom directive arguments');
        return { k: 'custom', name: name.v, args };
      }
      default:
        throw new FormatError(`unknown directive '${t.v}'`, t.at);
    }
  };

  const element = (ctx: 'top' | 'custom'): FormatElement => {
    const t = next();
    if (t.t === 'literal') {
      if (ctx === 'custom') throw new FormatError('literals are not allowed in custom directive arguments', t.at);
      if (t.v === '' || t.v === ' ' || t.v === '\\n') return { k: 'space', value: t.v };
      if (!isKeywordLiteral(t.v) && !PUNCTUATION.has(t.v)) throw new FormatError(`'${t.v}' is neither a keyword nor a known punctuation literal`, t.at);
      return { k: 'literal', value: t.v };
    }
    if (t.t === 'var') return variable(t, false) as FormatElement;
    if (t.t === 'word') return directive(t, ctx);
    if (t.t === 'punct' && t.v === '(') {
      if (ctx === 'custom') throw new FormatError('optional groups are not allowed in custom directive arguments', t.at);
      return group(t.at);
    }
    if (t.t === 'eof') throw new FormatError('unexpected end of format', t.at);
    throw new FormatError(`unexpected '${t.v}'`, t.at);
  };

  /** Elements up to `)`, noting the one marked `^`. */
  const groupBody = (open: number): { elements: FormatElement[]; anchor: FormatElement | null } => {
    const elements: FormatElement[] = [];
    let anchor: FormatElement | null = null;
    while (peek().v !== ')' || peek().t !== 'punct') {
      if (peek().t === 'eof') throw new FormatError("expected ')' to close the optional group", open);
      const el = element('top');
      elements.push(el);
      if (peek().t === 'punct' && peek().v === '^') {
        const caret = next();
        if (anchor) throw new FormatError('an optional group can only have one anchor', caret.at);
        anchor = el;
      }
    }
    next();
    if (elements.length === 0) throw new FormatError('an optional group needs at least one element', open);
    return { elements, anchor };
  };

  const group = (open: number): OptionalGroup => {
    const then = groupBody(open);
    let elseEls: FormatElement[] = [];
    if (peek().t === 'punct' && peek().v === ':') {
      next();
      const o = next();
      if (o.v !== '(') throw new FormatError("expected '(' to start the else group", o.at);
      const e = groupBody(o.at);
      if (e.anchor) throw new FormatError('the else group of an optional group cannot have an anchor', o.at);
      elseEls = e.elements;
    }
    const q = next();
    if (q.v !== '?') throw new FormatError("expected '?' after the optional group", q.at);
    if (!then.anchor) throw new FormatError("optional group has no anchor: mark one element with '^'", open);
    return { k: 'optional', then: then.elements, else: elseEls, anchor: then.anchor };
  };

  const out: FormatElement[] = [];
  while (peek().t !== 'eof') {
    const t = peek();
    if (t.t === 'punct' && t.v === '^') throw new FormatError("'^' (an anchor) is only allowed inside an optional group", t.at);
    if (t.t === 'punct' && t.v === ')') throw new FormatError("unbalanced ')'", t.at);
    out.push(element('top'));
  }
  return out;
}
