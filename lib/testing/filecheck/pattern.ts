// One check pattern: parsed from a directive's text into either a fixed string or a POSIX
// regex with captures and substitutions, and matched against a region of the input.
//
// The regex is assembled in POSIX syntax exactly as FileCheck assembles it (so capture group
// numbers, back-references and fuzzy-match distances agree) and only then translated to JS.
import type { CheckType } from './check-type.js';
import { errorAt, isFailure, logAll, type Failure, type PatternError } from './errors.js';
import { evaluate, matchingString, parseNumericBlock, parseVariable, valueFromString, wildcardRegex, type Expression } from './numeric.js';
import { escapePosix, PosixRegexError, translatePosixRegex } from './posix-regex.js';
import { compilePosix, searchPosix } from './regex-match.js';
import { formatMessage } from './source.js';
import type { StrRef } from './strref.js';
import type { NumericVariable, PatternContext } from './variables.js';

// FileCheck 22 emits back-references as \1..\9 only.
const BACKREF_LIMIT = 9;

/** The parts of the request that shape a pattern. */
export interface PatternOptions {
  readonly strictWhitespace: boolean;
  readonly matchFullLines: boolean;
  readonly ignoreCase: boolean;
}

/** A value spliced into the regex at match time: `[[VAR]]` or `[[#expr]]`. */
export type Substitution =
  | { readonly kind: 'string'; readonly from: StrRef; readonly index: number }
  | { readonly kind: 'numeric'; readonly from: StrRef; readonly index: number; readonly expression: Expression };

/** The input being checked, with an ASCII-lowercased copy made on first need. */
export class InputText {
  private lower: string | undefined;

  constructor(readonly text: string) {}

  /** The text with A-Z folded to a-z and every other byte unchanged. */
  lowered(): string {
    this.lower ??= this.text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
    return this.lower;
  }
}

/** A successful match, relative to the start of the searched region. */
export interface Match {
  readonly pos: number;
  readonly len: number;
}

export type MatchResult = Match | Failure | undefined;

function escapeForDiagnostics(value: string): string {
  if (![...value].some((c) => c < ' ' || c > '~' || c === '"')) return `"${value}"`;
  let out = '';
  for (const c of value) {
    const code = c.charCodeAt(0);
    if (c === '\\') out += '\\\\';
    else if (c === '\t') out += '\\t';
    else if (c === '\n') out += '\\n';
    else if (c === '"') out += '\\"';
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += c;
  }
  return `"${out}" (escaped value)`;
}

/** A check pattern (LLVM's Pattern). */
export class Pattern {
  fixedStr = '';
  regExStr = '';
  readonly substitutions: Substitution[] = [];
  /** String variables defined by this pattern and their capture group numbers. */
  readonly variableDefs = new Map<string, number>();
  readonly numericDefs = new Map<string, { variable: NumericVariable; group: number }>();
  ignoreCase = false;
  /** Start of the pattern text in its buffer, for diagnostics. */
  loc: StrRef | undefined;

  constructor(
    readonly checkTy: CheckType,
    readonly ctx: PatternContext,
    readonly lineNumber?: number,
  ) {}

  get count(): number {
    return this.checkTy.count;
  }

  /** Whether the pattern uses or defines a string variable (numeric definitions do not count). */
  hasVariable(): boolean {
    return this.substitutions.length > 0 || this.variableDefs.size > 0;
  }

  /**
   * Parses `text` (a directive's pattern). Returns the error output on failure, or undefined.
   * The output is what FileCheck prints for the first problem found.
   */
  parse(text: StrRef, prefix: string, opts: PatternOptions): string | undefined {
    const fullLines = opts.matchFullLines && this.checkTy.kind !== 'not';
    this.ignoreCase = opts.ignoreCase;
    this.loc = text;
    let s = text;
    if (!(opts.strictWhitespace && opts.matchFullLines)) s = s.rtrim(' \t');
    const at = (r: StrRef, msg: string) => formatMessage(r.src, r.start, 'error', msg);
    if (s.empty && this.checkTy.kind !== 'empty') return at(text, `found empty check string with prefix '${prefix}:'`);
    if (!s.empty && this.checkTy.kind === 'empty') return at(text, `found non-empty check string for empty check with prefix '${prefix}:'`);
    if (this.checkTy.kind === 'empty') {
      this.regExStr = '(\n$)';
      return undefined;
    }
    if (this.checkTy.literal) {
      this.fixedStr = s.str;
      return undefined;
    }
    if (!fullLines && (s.length < 2 || (s.find('{{') === -1 && s.find('[[') === -1))) {
      this.fixedStr = s.str;
      return undefined;
    }
    if (fullLines) this.regExStr += opts.strictWhitespace ? '^' : '^ *';
    let curParen = 1;
    while (!s.empty) {
      if (s.startsWith('{{')) {
        const end = s.find('}}');
        if (end === -1) return at(s, "found start of regex string with no end '}}'");
        const hasAlternation = s.find('|') !== -1;
        if (hasAlternation) {
          this.regExStr += '(';
          curParen++;
        }
        const added = this.addRegex(s.substr(2, end - 2), curParen);
        if (typeof added === 'string') return added;
        curParen = added;
        if (hasAlternation) this.regExStr += ')';
        s = s.substr(end + 2);
        continue;
      }
      if (s.startsWith('[[') && !s.startsWith('[[[')) {
        const r = this.parseSubstitutionBlock(s, curParen);
        if (typeof r === 'string') return r;
        ({ rest: s, curParen } = r);
        continue;
      }
      const next = [s.find('{{', 1), s.find('[[', 1)].filter((i) => i !== -1);
      const fixedEnd = next.length ? Math.min(...next) : s.length;
      this.regExStr += escapePosix(s.takeFront(fixedEnd).str);
      s = s.substr(fixedEnd);
    }
    if (fullLines) this.regExStr += opts.strictWhitespace ? '$' : ' *$';
    return undefined;
  }

  private addRegex(re: StrRef, curParen: number): number | string {
    try {
      const t = translatePosixRegex(re.str, false);
      this.regExStr += re.str;
      return curParen + t.groups;
    } catch (e) {
      if (e instanceof PosixRegexError) return formatMessage(re.src, re.start, 'error', `invalid regex: ${e.message}`);
      throw e;
    }
  }

  /** Parses `[[...]]` at the start of `s`. */
  private parseSubstitutionBlock(s: StrRef, curParenIn: number): { rest: StrRef; curParen: number } | string {
    let curParen = curParenIn;
    const unparsed = s.substr(2);
    const end = findRegexVarEnd(unparsed);
    let matchStr = end === -1 ? unparsed : unparsed.takeFront(end);
    let isNumBlock = matchStr.startsWith('#');
    if (isNumBlock) matchStr = matchStr.dropFront(1);
    if (end === -1) return formatMessage(s.src, s.start, 'error', 'Invalid substitution block, no ]] found');
    const rest = unparsed.substr(end + 2);
    let isDefinition = false;
    let substNeeded = false;
    let legacyLine = false;
    let defName = '';
    let substStr: StrRef | undefined;
    let matchRegexp = '';
    let matchRegexpRef: StrRef | undefined;
    const substInsertIdx = this.regExStr.length;
    const logged = (f: Failure) => logAll(f);

    if (!isNumBlock) {
      const varEnd = matchStr.find(':');
      const namePart = varEnd === -1 ? matchStr : matchStr.takeFront(varEnd);
      const space = namePart.findFirstOf(' \t');
      if (space !== -1) return formatMessage(s.src, matchStr.start + space, 'error', 'unexpected whitespace');
      const orig = matchStr;
      const cur = { s: matchStr };
      const v = parseVariable(cur);
      if (isFailure(v)) return logged(v);
      matchStr = cur.s;
      isDefinition = varEnd !== -1;
      substNeeded = !isDefinition;
      if (isDefinition) {
        if (v.isPseudo || !matchStr.startsWith(':'))
          return formatMessage(s.src, v.name.start, 'error', 'invalid name in string variable definition');
        matchStr = matchStr.dropFront(1);
        if (this.ctx.numericVars.has(v.name.str))
          return formatMessage(s.src, v.name.start, 'error', `numeric variable with name '${v.name.str}' already exists`);
        defName = v.name.str;
        matchRegexp = matchStr.str;
        matchRegexpRef = matchStr;
      } else if (v.isPseudo) {
        matchStr = orig;
        legacyLine = isNumBlock = true;
      } else {
        if (!matchStr.empty) return formatMessage(s.src, v.name.start, 'error', 'invalid name in string variable use');
        substStr = v.name;
      }
    }

    let expression: Expression | undefined;
    let definedNumeric: NumericVariable | undefined;
    if (isNumBlock) {
      const r = parseNumericBlock(matchStr, legacyLine, this.lineNumber, this.ctx);
      if (isFailure(r)) return logged(r);
      expression = r.expression;
      definedNumeric = r.defined;
      substNeeded = expression.ast !== undefined;
      if (definedNumeric) {
        isDefinition = true;
        defName = definedNumeric.name;
      }
      if (substNeeded) substStr = matchStr;
      else matchRegexp = wildcardRegex(expression.format);
    }

    if (isDefinition) {
      this.regExStr += '(';
      if (isNumBlock) {
        this.numericDefs.set(defName, { variable: definedNumeric!, group: curParen });
        this.ctx.numericVars.set(defName, definedNumeric!);
      } else {
        this.variableDefs.set(defName, curParen);
        this.ctx.definedStringVars.add(defName);
      }
      curParen++;
    }
    if (matchRegexp) {
      const ref = matchRegexpRef ?? matchStr;
      try {
        curParen += translatePosixRegex(matchRegexp, false).groups;
        this.regExStr += matchRegexp;
      } catch (e) {
        if (e instanceof PosixRegexError) return formatMessage(ref.src, ref.start, 'error', `invalid regex: ${e.message}`);
        throw e;
      }
    }
    if (isDefinition) this.regExStr += ')';

    if (substNeeded) {
      const group = !isNumBlock ? this.variableDefs.get(substStr!.str) : undefined;
      if (group !== undefined) {
        if (group < 1 || group > BACKREF_LIMIT)
          return formatMessage(s.src, substStr!.start, 'error', `Can't back-reference more than ${BACKREF_LIMIT} variables`);
        this.regExStr += `\\${group}`;
      } else if (isNumBlock) {
        this.substitutions.push({ kind: 'numeric', from: substStr!, index: isDefinition ? substInsertIdx + 1 : substInsertIdx, expression: expression! });
      } else {
        this.substitutions.push({ kind: 'string', from: substStr!, index: substInsertIdx });
      }
    }
    return { rest, curParen };
  }

  /** The regex text of a substitution's current value, or its error. */
  private substitutionRegex(sub: Substitution): string | PatternError[] {
    if (sub.kind === 'string') {
      const v = this.ctx.stringVars.get(sub.from.str);
      if (!v) return [{ kind: 'undef', name: sub.from.str, at: sub.from }];
      return escapePosix(v.value);
    }
    const value = evaluate(sub.expression.ast!);
    if (isFailure(value)) return [...value.errors];
    const text = matchingString(sub.expression.format, value);
    if (text === undefined) return [{ kind: 'overflow' }];
    return text;
  }

  /** The substitution's value as diagnostics show it, or undefined when it has none. */
  substitutionForDiagnostics(sub: Substitution): string | undefined {
    if (sub.kind === 'string') {
      const v = this.ctx.stringVars.get(sub.from.str);
      return v ? escapeForDiagnostics(v.value) : undefined;
    }
    const r = this.substitutionRegex(sub);
    return typeof r === 'string' ? `"${r}"` : undefined;
  }

  /**
   * Matches against input bytes [start, end). Returns the match relative to `start`, a
   * Failure for substitution errors, or undefined when there is no match.
   */
  match(input: InputText, start: number, end: number): MatchResult {
    if (this.checkTy.kind === 'eof') return { pos: end - start, len: 0 };
    if (this.fixedStr) {
      const hay = this.ignoreCase ? input.lowered() : input.text;
      const needle = this.ignoreCase ? this.fixedStr.replace(/[A-Z]+/g, (x) => x.toLowerCase()) : this.fixedStr;
      // Searching a slice keeps a miss from scanning past the region (V8 slices share memory).
      const pos = hay.slice(start, end).indexOf(needle);
      return pos === -1 ? undefined : { pos, len: this.fixedStr.length };
    }
    let regex = this.regExStr;
    if (this.substitutions.length) {
      if (this.lineNumber !== undefined) this.ctx.lineVariable.setValue(BigInt(this.lineNumber));
      const errors: PatternError[] = [];
      let offset = 0;
      for (const sub of this.substitutions) {
        const v = this.substitutionRegex(sub);
        if (typeof v !== 'string') {
          for (const e of v) {
            if (e.kind === 'overflow') errors.push(...errorAt(sub.from, 'unable to substitute variable or numeric expression: overflow error').errors);
            else if (e.kind === 'undef' && e.at) errors.push(...errorAt(e.at, `undefined variable: ${e.name}`).errors);
            else errors.push(e);
          }
          continue;
        }
        regex = regex.slice(0, sub.index + offset) + v + regex.slice(sub.index + offset);
        offset += v.length;
      }
      if (errors.length) return { errors };
    }
    const compiled = compilePosix(regex, this.ignoreCase);
    const m = searchPosix(compiled, input.text.slice(start, end), this.variableDefs.size + this.numericDefs.size > 0);
    if (!m) return undefined;
    for (const [name, group] of this.variableDefs) {
      const gs = m.groupStarts[group];
      const value = m.groups[group] ?? '';
      this.ctx.stringVars.set(name, { value, capture: gs === undefined ? undefined : { start: start + gs, end: start + gs + value.length } });
    }
    const skip = this.checkTy.kind === 'empty' ? 1 : 0;
    for (const [name, { variable, group }] of this.numericDefs) {
      const text = m.groups[group] ?? '';
      const gs = m.groupStarts[group] ?? 0;
      this.ctx.numericVars.set(name, variable);
      variable.setValue(valueFromString(variable.format, text), { start: start + gs, end: start + gs + text.length });
    }
    return { pos: m.index + skip, len: m.length - skip };
  }

  /** Edit distance between the pattern and the start of `text` (first line only). */
  matchDistance(text: string): number {
    const example = this.fixedStr || this.regExStr;
    let prefix = text.slice(0, example.length);
    const nl = prefix.indexOf('\n');
    if (nl !== -1) prefix = prefix.slice(0, nl);
    return editDistance(prefix, example);
  }
}

/** Finds the `]]` closing a substitution block, skipping nested brackets and escapes. */
function findRegexVarEnd(s: StrRef): number {
  let depth = 0;
  let i = 0;
  while (i < s.length) {
    if (s.at(i) === ']' && s.at(i + 1) === ']' && depth === 0) return i;
    const c = s.at(i);
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      // FileCheck exits(1) on the spot here, unlike every other check-file error.
      if (depth === 0) throw new FatalExit(formatMessage(s.src, s.start + i, 'error', 'missing closing "]" for regex variable'), 1);
      depth--;
    }
    i++;
  }
  return -1;
}

/** Levenshtein distance (LLVM's StringRef::edit_distance with replacements allowed). */
export function editDistance(a: string, b: string): number {
  const n = b.length;
  let prev = new Uint32Array(n + 1);
  let cur = new Uint32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n]!;
}

/** An error after which FileCheck exits at once with `code`, having printed `text`. */
export class FatalExit extends Error {
  constructor(
    readonly text: string,
    readonly code: number,
  ) {
    super(text);
  }
}
