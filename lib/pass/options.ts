// Typed pass options: the schema a pass declares, parsing `name=value` text into values, printing them back.

/** One declared option; `default` is used when the pipeline does not set it. */
export type OptionSpec =
  | { readonly type: 'int'; readonly default: number; readonly help: string }
  | { readonly type: 'bool'; readonly default: boolean; readonly help: string }
  | { readonly type: 'string'; readonly default: string; readonly help: string }
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly default: string; readonly help: string }
  | { readonly type: 'int-list'; readonly default: readonly number[]; readonly help: string }
  | { readonly type: 'string-list'; readonly default: readonly string[]; readonly help: string };

/** A pass's options by name (kebab-case, as written in pipelines). */
export type OptionSchema = Readonly<Record<string, OptionSpec>>;

/** The value type of one option spec. */
export type OptionValue<S extends OptionSpec> = S extends { type: 'int' }
  ? number
  : S extends { type: 'bool' }
    ? boolean
    : S extends { type: 'enum'; values: readonly (infer E)[] }
      ? E
      : S extends { type: 'string' }
        ? string
        : S extends { type: 'int-list' }
          ? readonly number[]
          : readonly string[];

/** The values of every option of a schema. */
export type OptionValues<S extends OptionSchema> = { readonly [K in keyof S]: OptionValue<S[K]> };

/** Helpers that build option specs with their value types inferred. */
export const Option = Object.freeze({
  int: (defaultValue: number, help: string) => ({ type: 'int', default: defaultValue, help }) as const,
  bool: (defaultValue: boolean, help: string) => ({ type: 'bool', default: defaultValue, help }) as const,
  string: (defaultValue: string, help: string) => ({ type: 'string', default: defaultValue, help }) as const,
  enum: <const E extends string>(values: readonly E[], defaultValue: E, help: string) =>
    ({ type: 'enum', values, default: defaultValue, help }) as const,
  intList: (defaultValue: readonly number[], help: string) => ({ type: 'int-list', default: defaultValue, help }) as const,
  stringList: (defaultValue: readonly string[], help: string) => ({ type: 'string-list', default: defaultValue, help }) as const,
});

/** A problem with option text; `offset` is where in that text it starts. */
export class OptionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** The default values of a schema. */
export function defaultOptionValues<S extends OptionSchema>(schema: S): OptionValues<S> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) out[name] = spec.default;
  return out as OptionValues<S>;
}

/** One `name=value` (or bare `name`) item of option text, with the offset of the name. */
interface OptionItem {
  name: string;
  value: string | undefined;
  offset: number;
  valueOffset: number;
}

/**
 * Splits option text into items. Items are separated by spaces (MLIR's form,
 * `max-iterations=5 top-down=false`) or by a comma that is followed by another `name=`
 * (the short form `--canonicalize=max-iterations=5,top-down=false`); commas elsewhere
 * belong to list values. Braces and quotes group a value that contains separators.
 */
function splitItems(text: string, schema: OptionSchema): OptionItem[] {
  const items: OptionItem[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && /\s/.test(text[i])) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !/[\s=,]/.test(text[i])) i++;
    const name = text.slice(start, i);
    if (i >= n || text[i] !== '=') {
      items.push({ name, value: undefined, offset: start, valueOffset: i });
      if (text[i] === ',') i++;
      continue;
    }
    i++;
    const valueStart = i;
    let depth = 0;
    let quote: string | null = null;
    for (; i < n; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{' || c === '(' || c === '[') depth++;
      else if (c === '}' || c === ')' || c === ']') depth--;
      else if (depth === 0 && /\s/.test(c)) break;
      else if (depth === 0 && c === ',' && startsNamedItem(text.slice(i + 1), schema)) break;
    }
    items.push({ name, value: unquote(text.slice(valueStart, i)), offset: start, valueOffset: valueStart });
    if (text[i] === ',') i++;
  }
  return items;
}

function startsNamedItem(rest: string, schema: OptionSchema): boolean {
  const m = /^([A-Za-z_][\w.-]*)(=|$|,)/.exec(rest);
  return m !== null && (m[1] in schema || m[2] === '=');
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v[0] === '"' && v.endsWith('"')) || (v[0] === "'" && v.endsWith("'")) || (v[0] === '{' && v.endsWith('}')))) {
    return v.slice(1, -1);
  }
  return v;
}

/** Splits a list value at top-level commas. */
function splitList(v: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(v.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = v.slice(start).trim();
  if (last !== '' || out.length) out.push(last);
  return out;
}

function parseInt64(v: string): number | undefined {
  return /^[-+]?(0x[0-9a-fA-F]+|\d+)$/.test(v) ? Number(v) : undefined;
}

function convert(name: string, spec: OptionSpec, raw: string | undefined, offset: number): unknown {
  const value = raw ?? (spec.type === 'bool' ? 'true' : undefined);
  if (value === undefined) throw new OptionError(`option '${name}' needs a value (${name}=<value>)`, offset);
  switch (spec.type) {
    case 'int': {
      const n = parseInt64(value);
      if (n === undefined) throw new OptionError(`'${value}' value invalid for integer option '${name}'`, offset);
      return n;
    }
    case 'bool':
      if (['true', '1', 'TRUE', 'True'].includes(value)) return true;
      if (['false', '0', 'FALSE', 'False'].includes(value)) return false;
      throw new OptionError(`'${value}' is invalid value for boolean option '${name}'! Try true or false`, offset);
    case 'string':
      return value;
    case 'enum':
      if (!spec.values.includes(value)) {
        throw new OptionError(`'${value}' is not a valid value for option '${name}'; expected one of: ${spec.values.join(', ')}`, offset);
      }
      return value;
    case 'int-list':
      return splitList(value).map((item) => {
        const n = parseInt64(item);
        if (n === undefined) throw new OptionError(`'${item}' value invalid for integer list option '${name}'`, offset);
        return n;
      });
    case 'string-list':
      return splitList(value);
  }
}

/**
 * Parses option text (`a=1 b=true` or `a=1,b=true`) against `schema`, starting from
 * `base` (the defaults when omitted). Throws OptionError naming the closest option on
 * a misspelt name.
 */
export function parseOptions<S extends OptionSchema>(schema: S, text: string, base?: OptionValues<S>): OptionValues<S> {
  const out: Record<string, unknown> = { ...(base ?? defaultOptionValues(schema)) };
  for (const item of splitItems(text, schema)) {
    const spec = schema[item.name];
    if (!spec) {
      const known = Object.keys(schema);
      const hint = closestNames(item.name, known);
      const help = hint.length ? `; did you mean '${hint[0]}'?` : known.length ? `; options are: ${known.join(', ')}` : '; this pass has no options';
      throw new OptionError(`no such option '${item.name}'${help}`, item.offset);
    }
    out[item.name] = convert(item.name, spec, item.value, item.valueOffset);
  }
  return out as OptionValues<S>;
}

/** Prints option values as MLIR does in a pipeline: `{a=1 b=true}` in declaration order. */
export function printOptions(schema: OptionSchema, values: Readonly<Record<string, unknown>>): string {
  const parts = Object.keys(schema).map((name) => {
    const v = values[name];
    const text = Array.isArray(v) ? v.join(',') : String(v);
    return `${name}=${/[\s{}]/.test(text) || text === '' ? `{${text}}` : text}`;
  });
  return parts.length ? `{${parts.join(' ')}}` : '';
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The candidates closest to `name` (at most three), when they are close enough to be a typo. */
export function closestNames(name: string, candidates: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  return [...candidates]
    .map((c) => ({ c, d: editDistance(name, c) }))
    .filter((x) => x.d <= limit || (name.length >= 3 && x.c.startsWith(name)))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, 3)
    .map((x) => x.c);
}
