// Feature expressions of REQUIRES/UNSUPPORTED/XFAIL: `a && !(b || {{c.*}})`, as lit's BooleanExpression.

const TOKEN = /^\s*([()]|&&|\|\||!|(?:[-+=._a-zA-Z0-9]+|\{\{.+?\}\})+)\s*([\s\S]*)$/;
const END = Symbol('end');
type Token = string | typeof END;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  for (;;) {
    const m = TOKEN.exec(rest);
    if (!m) {
      if (rest.trim() === '') break;
      throw new Error(`couldn't parse text: '${rest}'`);
    }
    tokens.push(m[1]!);
    rest = m[2]!;
  }
  tokens.push(END);
  return tokens;
}

function quote(t: Token): string {
  return t === END ? '<end of expression>' : `'${t}'`;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A feature name, or a pattern mixing literal text and `{{regex}}` parts, as a full-match RegExp. */
function matcher(token: string): RegExp {
  let source = '';
  for (const part of token.split(/(\{\{.+?\}\})/)) {
    if (part === '') continue;
    source += part.startsWith('{{') ? `(?:${part.slice(2, -2)})` : escapeRegex(part);
  }
  return new RegExp(`^(?:${source})$`);
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly features: ReadonlySet<string>,
  ) {}

  private get token(): Token {
    return this.tokens[this.pos]!;
  }

  private accept(t: string): boolean {
    if (this.token !== t) return false;
    this.pos++;
    return true;
  }

  parseAll(): boolean {
    const value = this.parseOr();
    if (this.token !== END) throw new Error(`expected: <end of expression>\nhave: ${quote(this.token)}`);
    return value;
  }

  private parseOr(): boolean {
    let value = this.parseAnd();
    while (this.accept('||')) value = this.parseAnd() || value;
    return value;
  }

  private parseAnd(): boolean {
    let value = this.parseNot();
    while (this.accept('&&')) value = this.parseNot() && value;
    return value;
  }

  private parseNot(): boolean {
    if (this.accept('!')) return !this.parseNot();
    if (this.accept('(')) {
      const value = this.parseOr();
      if (!this.accept(')')) throw new Error(`expected: ')'\nhave: ${quote(this.token)}`);
      return value;
    }
    const t = this.token;
    if (t === END || t === '&&' || t === '||' || t === '!' || t === ')') {
      throw new Error(`expected: '!', '(', '{{', or identifier\nhave: ${quote(t)}`);
    }
    this.pos++;
    if (t === 'true') return true;
    const re = matcher(t);
    for (const f of this.features) if (re.test(f)) return true;
    return false;
  }
}

/**
 * Evaluates a feature expression against the available features; `true` is always
 * available. Throws an Error with lit's wording when the expression is malformed.
 */
export function evaluateFeatureExpr(expr: string, features: ReadonlySet<string>): boolean {
  try {
    return new Parser(tokenize(expr), features).parseAll();
  } catch (e) {
    throw new Error(`${(e as Error).message}\nin expression: '${expr}'`);
  }
}
