/**
 * Literal strings a regular expression cannot match without: every match contains at least one of them. A text
 * containing none cannot match, which a few `includes` say without compiling or running the pattern (compiling
 * a long cue list costs milliseconds of a `careerbot ask`). The analysis only ever leaves a requirement out, never
 * adds a wrong one: anything it does not follow (classes, `\w`, back-references, look-arounds) requires nothing.
 */

/** What a piece of a pattern matches: exactly one of `exact` when known, and at least one of `required` if known. */
interface Info {
  exact?: Set<string>;
  required?: Set<string>;
}

/** Past this many exact strings a piece is only kept as a requirement. */
const MAX_EXACT = 64;
const NOTHING_KNOWN: Info = {};
const EMPTY: Info = { exact: new Set([""]) };

/**
 * The literals one of which every match of `pattern` contains, as `includes` must look for them in the text (lower
 * case for a pattern with the `i` flag: look in `text.toLowerCase()`); `undefined` when no such set is known.
 */
export function requiredLiterals(pattern: RegExp): string[] | undefined {
  // With `u` (or `v`) and `i`, "ſ" matches "s" and "K" (Kelvin) "k": lower case would not find them.
  if (pattern.ignoreCase && (pattern.unicode || pattern.flags.includes("v"))) return undefined;
  let info: Info;
  try {
    info = new Parser(pattern.source).parse();
  } catch {
    return undefined; // a construct the parser does not know: no requirement
  }
  const required = requirement(info);
  if (!required) return undefined;
  if (!pattern.ignoreCase) return [...required];
  // `i` without `u`: an ASCII letter matches only its other case, a non-ASCII one may match others; keep the longest
  // ASCII stretch of each literal, in lower case.
  const ascii: string[] = [];
  for (const literal of required) {
    const longest = literal.split(/[^\p{ASCII}]+/u).reduce((a, b) => (b.length > a.length ? b : a), "");
    if (longest === "") return undefined;
    ascii.push(longest.toLowerCase());
  }
  return [...new Set(ascii)];
}

/** A piece's requirement: its exact strings (when it always matches something) or what it requires, the better. */
function requirement(info: Info): Set<string> | undefined {
  return better(info.exact && !info.exact.has("") ? info.exact : undefined, info.required);
}

/**
 * The cheaper of two requirements to look for that still says no to most texts: a literal is looked up with one
 * `includes`, and a longer one rules out more texts, up to about eight characters.
 */
function better(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a) return b;
  if (!b) return a;
  return score(b) > score(a) ? b : a;
}

function score(literals: Set<string>): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const l of literals) shortest = Math.min(shortest, l.length);
  return Math.min(shortest, 8) * 10 - 3 * literals.size;
}

function concat(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A recursive-descent reader of a pattern's source, giving the `Info` of each piece. */
class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.at < this.source.length) throw new Error(`unexpected ${this.source[this.at]}`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] ?? NOTHING_KNOWN;
    let exact: Set<string> | undefined = new Set<string>();
    let required: Set<string> | undefined = new Set<string>();
    for (const b of branches) {
      if (exact && b.exact && exact.size + b.exact.size <= MAX_EXACT) for (const s of b.exact) exact.add(s);
      else exact = undefined;
      const r = requirement(b);
      if (required && r) for (const s of r) required.add(s);
      else required = undefined;
    }
    return { exact, required };
  }

  /**
   * Pieces one after another. Each stretch of pieces that match exact strings is a requirement (the strings of its
   * pieces, joined): every stretch is weighed, from every piece on, and the best kept.
   */
  private sequence(): Info {
    let runs: Set<string>[] = [new Set([""])];
    let best: Set<string> | undefined;
    let allExact = true;
    const weigh = (run: Set<string>) => {
      if (!run.has("")) best = better(best, run);
    };
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const piece = this.quantified();
      const { exact } = piece;
      if (!exact) {
        allExact = false;
        best = better(best, piece.required);
        runs = [];
        continue;
      }
      const longer: Set<string>[] = [];
      for (const run of runs) {
        const joined = concat(run, exact);
        if (joined) longer.push(joined);
        else allExact = false; // too many strings to keep: the run ends as a requirement
      }
      runs = [...longer, exact];
      for (const run of runs) weigh(run);
    }
    const whole = runs[0];
    return allExact && whole ? { exact: whole, required: best } : { required: best };
  }

  private quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    if (this.source[this.at] === "?") this.at++; // lazy: the same strings
    const [min, max] = q;
    if (min === 1 && max === 1) return atom;
    if (min === 0) {
      return max === 1 && atom.exact && atom.exact.size < MAX_EXACT
        ? { exact: new Set(["", ...atom.exact]) }
        : NOTHING_KNOWN;
    }
    return { required: requirement(atom) };
  }

  private quantifier(): [number, number] | undefined {
    const c = this.source[this.at];
    if (c === "?" || c === "*" || c === "+") {
      this.at++;
      return c === "?" ? [0, 1] : c === "*" ? [0, Number.POSITIVE_INFINITY] : [1, Number.POSITIVE_INFINITY];
    }
    if (c !== "{") return undefined;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
    if (!m) return undefined; // a literal "{"
    this.at += m[0].length;
    const min = Number(m[1]);
    return [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY];
  }

  private atom(): Info {
    const c = this.source[this.at++];
    switch (c) {
      case "(":
        return this.group();
      case "[":
        this.skipClass();
        return NOTHING_KNOWN;
      case ".":
        return NOTHING_KNOWN;
      case "^":
      case "$":
        return EMPTY;
      case "\\":
        return this.escape();
      case undefined:
        throw new Error("unexpected end");
      default:
        if (c === ")" || c === "|" || c === "*" || c === "+" || c === "?") throw new Error(`unexpected ${c}`);
        return { exact: new Set([c]) };
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.source[this.at] === "?") {
      const rest = this.source.slice(this.at);
      const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
      if (!head) throw new Error("unknown group");
      lookaround = /^\?(=|!|<=|<!)/.test(head[0]);
      this.at += head[0].length;
    }
    const inner = this.alternation();
    if (this.source[this.at++] !== ")") throw new Error("unclosed group");
    // A look-around matches no characters of its own; what it looks at is not required here.
    return lookaround ? EMPTY : inner;
  }

  private skipClass(): void {
    while (this.at < this.source.length && this.source[this.at] !== "]")
      this.at += this.source[this.at] === "\\" ? 2 : 1;
    if (this.source[this.at++] !== "]") throw new Error("unclosed class");
  }

  private escape(): Info {
    const c = this.source[this.at++];
    if (c === undefined) throw new Error("unexpected end");
    if (c === "b" || c === "B") return EMPTY;
    if (c === "n") return { exact: new Set(["\n"]) };
    if (c === "t") return { exact: new Set(["\t"]) };
    if (c === "r") return { exact: new Set(["\r"]) };
    if (c === "p" || c === "P") {
      if (this.source[this.at] === "{") this.at = this.source.indexOf("}", this.at) + 1;
      return NOTHING_KNOWN;
    }
    if (c === "k") {
      if (this.source[this.at] === "<") this.at = this.source.indexOf(">", this.at) + 1;
      return NOTHING_KNOWN;
    }
    if (c === "u" || c === "x" || c === "c" || /[0-9dDwWsSfv]/.test(c)) {
      if (c === "u" && this.source[this.at] === "{") this.at = this.source.indexOf("}", this.at) + 1;
      else if (c === "u") this.at += 4;
      else if (c === "x") this.at += 2;
      else if (c === "c") this.at += 1;
      return NOTHING_KNOWN;
    }
    // An escaped punctuation character ("\.", "\/", "\-", "\?") stands for itself.
    if (/[A-Za-z]/.test(c)) throw new Error(`unknown escape \\${c}`);
    return { exact: new Set([c]) };
  }
}
