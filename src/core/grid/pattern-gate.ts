/**
 * A cheap refutation of a regular-expression search over a sheet's texts (Grid.hasText, Grid.textMatches): from the
 * pattern alone, the characters and the pairs of adjacent characters any of its matches must be made of; from the
 * texts, which characters and which adjacent pairs occur at all. Where no chain of present characters, each pair of
 * them adjacent somewhere in the texts, can spell a match, no search can find one, and the search is skipped.
 *
 * The pattern is read into a position automaton (Glushkov: one position per character set the pattern consumes, and
 * which position may follow which), made larger than the pattern wherever exactness would cost (so that it accepts
 * every string the pattern matches, and more): anchors, \b and lookarounds match nothing (they consume nothing),
 * a{n,m} is read as a+ (or a*, a? where n is 0, m is 1), '.', \s, \w, negated classes and large ranges as any
 * character. A match is a string of the texts, so each of its characters occurs in them and each pair of its
 * neighbours does too: the automaton then has a path over positions whose sets hold present characters, each step
 * between two sets holding a present pair. `mayMatch` looks for such a path: false proves there is no match; true
 * proves nothing (the search then runs as before). The presence of pairs is kept in a hashed bit table (a pair may
 * share its bit with another: a false "present", never a false "absent").
 *
 * A pattern the reader does not take whole (flags i, u, v, g or y; backreferences; \c, \k, \p; octal escapes; a
 * surrogate code unit in the source) gets no automaton and is always searched. Pure; no state but per-pattern memos.
 */

/** a position's characters: their codes, or null for any character */
type CharSet = number[] | null;

interface Automaton {
  /** a match may be empty: nothing to refute */
  nullable: boolean;
  /** each position's characters */
  sets: CharSet[];
  /** the positions a match may start at */
  first: number[];
  /** 1 where a match may end at the position */
  last: Uint8Array;
  /** the positions that may follow each position */
  follow: number[][];
}

/** a class range of more characters than this is read as any character */
const RANGE_MAX = 512;

class Unreadable extends Error {}

type Node =
  | { k: "set"; set: CharSet }
  | { k: "seq"; items: Node[] }
  | { k: "alt"; alts: Node[] }
  | { k: "rep"; node: Node; min: number; max: number }
  | { k: "empty" };

type Escape = { ch: number } | { set: CharSet } | { empty: true };

const DIGITS: number[] = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];

/** The pattern's source read as a tree (no flags i, u, v: the caller refuses those); throws Unreadable. */
function parse(src: string): Node {
  let i = 0;
  const escape = (inClass: boolean): Escape => {
    const c = src[i++];
    if (c === undefined) throw new Unreadable();
    switch (c) {
      case "d":
        return { set: DIGITS };
      case "D":
      case "w":
      case "W":
      case "s":
      case "S":
        return { set: null };
      case "b":
        return inClass ? { ch: 8 } : { empty: true };
      case "B":
        if (inClass) throw new Unreadable();
        return { empty: true };
      case "n":
        return { ch: 10 };
      case "r":
        return { ch: 13 };
      case "t":
        return { ch: 9 };
      case "f":
        return { ch: 12 };
      case "v":
        return { ch: 11 };
      case "0":
        if (/[0-9]/.test(src[i] ?? "")) throw new Unreadable();
        return { ch: 0 };
      case "x":
      case "u": {
        const n = c === "x" ? 2 : 4;
        const h = src.slice(i, i + n);
        if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) throw new Unreadable();
        i += n;
        return { ch: parseInt(h, 16) };
      }
      default:
        // (backreferences and octal escapes, \c, \k, \p and any other letter: not read)
        if (/[0-9A-Za-z]/.test(c)) throw new Unreadable();
        return { ch: c.charCodeAt(0) };
    }
  };
  const unit = (c: string): number => {
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) throw new Unreadable();
    return code;
  };
  const charClass = (): Node => {
    let negated = false;
    if (src[i] === "^") {
      negated = true;
      i++;
    }
    const chars = new Set<number>();
    let any = false;
    for (;;) {
      const c = src[i];
      if (c === undefined) throw new Unreadable();
      i++;
      if (c === "]") break;
      const a: Escape = c === "\\" ? escape(true) : { ch: unit(c) };
      if (src[i] === "-" && src[i + 1] !== undefined && src[i + 1] !== "]" && "ch" in a) {
        i++;
        const d = src[i++];
        const b: Escape = d === "\\" ? escape(true) : { ch: unit(d) };
        if (!("ch" in b) || b.ch < a.ch) throw new Unreadable();
        if (b.ch - a.ch > RANGE_MAX) any = true;
        else for (let x = a.ch; x <= b.ch; x++) chars.add(x);
        continue;
      }
      if ("ch" in a) chars.add(a.ch);
      else if ("set" in a) {
        if (a.set === null) any = true;
        else for (const x of a.set) chars.add(x);
      } else throw new Unreadable();
    }
    return { k: "set", set: negated || any ? null : [...chars] };
  };
  const atom = (): Node => {
    const c = src[i++];
    if (c === "(") {
      let look = false;
      if (src.startsWith("?:", i)) i += 2;
      else if (src.startsWith("?=", i) || src.startsWith("?!", i)) {
        i += 2;
        look = true;
      } else if (src.startsWith("?<=", i) || src.startsWith("?<!", i)) {
        i += 3;
        look = true;
      } else if (src.startsWith("?<", i)) {
        const end = src.indexOf(">", i);
        if (end < 0) throw new Unreadable();
        i = end + 1;
      } else if (src[i] === "?") throw new Unreadable();
      const inner = alternation();
      if (src[i++] !== ")") throw new Unreadable();
      // (a lookaround consumes nothing: read as matching the empty string, which accepts more)
      return look ? { k: "empty" } : inner;
    }
    if (c === "[") return charClass();
    if (c === "\\") {
      const e = escape(false);
      return "empty" in e ? { k: "empty" } : { k: "set", set: "ch" in e ? [e.ch] : e.set };
    }
    if (c === "^" || c === "$") return { k: "empty" };
    if (c === ".") return { k: "set", set: null };
    if (c === "*" || c === "+" || c === "?" || c === ")" || c === "|") throw new Unreadable();
    return { k: "set", set: [unit(c)] };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      let node = atom();
      for (;;) {
        const c = src[i];
        let min: number;
        let max: number;
        if (c === "*") [min, max] = [0, Infinity];
        else if (c === "+") [min, max] = [1, Infinity];
        else if (c === "?") [min, max] = [0, 1];
        else if (c === "{") {
          const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
          // (not a quantifier: a literal '{', read as the next atom)
          if (!m) break;
          min = Number(m[1]);
          max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
          i += m[0].length - 1;
        } else break;
        i++;
        if (src[i] === "?") i++;
        if (node.k !== "empty") node = { k: "rep", node, min, max };
      }
      items.push(node);
    }
    return { k: "seq", items };
  };
  const alternation = (): Node => {
    const alts = [sequence()];
    while (src[i] === "|") {
      i++;
      alts.push(sequence());
    }
    return alts.length === 1 ? alts[0] : { k: "alt", alts };
  };
  const root = alternation();
  if (i !== src.length) throw new Unreadable();
  return root;
}

/** The position automaton of a pattern tree (see the file's comment). */
function glushkov(root: Node): Automaton {
  const sets: CharSet[] = [];
  const follow: Set<number>[] = [];
  interface Part {
    nullable: boolean;
    first: number[];
    last: number[];
  }
  const link = (from: number[], to: number[]) => {
    for (const p of from) for (const q of to) follow[p].add(q);
  };
  const walk = (n: Node): Part => {
    switch (n.k) {
      case "empty":
        return { nullable: true, first: [], last: [] };
      case "set": {
        const p = sets.length;
        sets.push(n.set);
        follow.push(new Set());
        return { nullable: false, first: [p], last: [p] };
      }
      case "alt": {
        const out: Part = { nullable: false, first: [], last: [] };
        for (const a of n.alts) {
          const x = walk(a);
          out.nullable = out.nullable || x.nullable;
          out.first.push(...x.first);
          out.last.push(...x.last);
        }
        return out;
      }
      case "seq": {
        let out: Part = { nullable: true, first: [], last: [] };
        for (const item of n.items) {
          const x = walk(item);
          link(out.last, x.first);
          out = {
            nullable: out.nullable && x.nullable,
            first: out.nullable ? out.first.concat(x.first) : out.first,
            last: x.nullable ? x.last.concat(out.last) : x.last,
          };
        }
        return out;
      }
      case "rep": {
        if (n.max === 0) return { nullable: true, first: [], last: [] };
        const x = walk(n.node);
        if (n.max > 1) link(x.last, x.first);
        return { nullable: x.nullable || n.min === 0, first: x.first, last: x.last };
      }
    }
  };
  const r = walk(root);
  const last = new Uint8Array(sets.length);
  for (const p of r.last) last[p] = 1;
  return { nullable: r.nullable, sets, first: [...new Set(r.first)], last, follow: follow.map((s) => [...s]) };
}

const automata = new WeakMap<RegExp, Automaton | null>();

/** The pattern's automaton, made once per pattern; null where the pattern is not read (see the file's comment). */
export function patternAutomaton(re: RegExp): Automaton | null {
  let a = automata.get(re);
  if (a === undefined) {
    a = null;
    if (!/[iuvgy]/.test(re.flags)) {
      try {
        a = glushkov(parse(re.source));
      } catch (e) {
        if (!(e instanceof Unreadable)) throw e;
      }
    }
    automata.set(re, a);
  }
  return a;
}

/** bits of the hashed table of adjacent pairs (32 KB) */
const PAIR_BITS = 18;
const PAIR_MASK = (1 << PAIR_BITS) - 1;
const pairBit = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & PAIR_MASK;

/** Which characters, and which pairs of adjacent characters (hashed), occur in some texts. */
export interface TextPresence {
  /** a bit per UTF-16 code unit */
  readonly chars: Uint32Array;
  /** a bit per hashed pair (pairBit) */
  readonly pairs: Uint32Array;
}

/** The presence of the characters and adjacent pairs of `texts` (each text's own; none across two texts). */
export function textPresence(texts: readonly string[]): TextPresence {
  const chars = new Uint32Array(0x10000 >>> 5);
  const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
  for (let t = 0; t < texts.length; t++) {
    const s = texts[t];
    // (in runs of RUN characters, one call each: a host that optimises no loop while it turns, as the CLI, V8 without
    // on-stack replacement, optimises the run's function after a few runs instead of reading a whole sheet's text in
    // its baseline code: 5–7 ms instead of 0.5 for the 2,000-row sheet's 80,000 characters)
    for (let from = 0; from < s.length; from += RUN) addRun(s, from, Math.min(s.length, from + RUN + 1), chars, pairs);
  }
  return { chars, pairs };
}

/** characters read per call of addRun */
const RUN = 2048;

/** The characters s[from..to) and their adjacent pairs, added to the tables. */
function addRun(s: string, from: number, to: number, chars: Uint32Array, pairs: Uint32Array): void {
  let prev = s.charCodeAt(from);
  chars[prev >>> 5] |= 1 << (prev & 31);
  for (let k = from + 1; k < to; k++) {
    const c = s.charCodeAt(k);
    chars[c >>> 5] |= 1 << (c & 31);
    const h = pairBit(prev, c);
    pairs[h >>> 5] |= 1 << (h & 31);
    prev = c;
  }
}

const hasChar = (p: TextPresence, c: number) => (p.chars[c >>> 5] & (1 << (c & 31))) !== 0;
const hasPair = (p: TextPresence, a: number, b: number) => {
  const h = pairBit(a, b);
  return (p.pairs[h >>> 5] & (1 << (h & 31))) !== 0;
};

/**
 * Whether `re` may find a match in a text of the texts `presence` was made of: false only where no match can be spelt
 * by their characters and adjacent pairs (then neither `re.test` nor `re.exec` finds one in any of them); true where
 * the pattern is not read, may match the empty string, or a chain of present characters and pairs may spell a match.
 */
export function mayMatch(re: RegExp, presence: TextPresence): boolean {
  const a = patternAutomaton(re);
  if (a === null || a.nullable) return true;
  const n = a.sets.length;
  // (the arrays below are kept from one call to the next, grown to the largest pattern: a review asks some forty
  // patterns of a large sheet, each made its arrays anew: some 150 KB of the 4.8 MB a 2,000-row review allocated)
  if (scratch.seen.length < n) scratch = { live: scratch.live, count: new Int32Array(2 * n), seen: new Uint8Array(2 * n), stack: new Int32Array(2 * n) };
  const { live, count, seen, stack } = scratch;
  // each position's present characters, the first count[p] of live[p] (count -1: any character)
  for (let p = 0; p < n; p++) {
    const s = a.sets[p];
    if (s === null) {
      count[p] = -1;
      continue;
    }
    const l = (live[p] ??= []);
    let m = 0;
    for (let i = 0; i < s.length; i++) if (hasChar(presence, s[i])) l[m++] = s[i];
    count[p] = m;
  }
  seen.fill(0, 0, n);
  let top = 0;
  for (const p of a.first) {
    if (count[p] !== 0) {
      seen[p] = 1;
      stack[top++] = p;
    }
  }
  while (top > 0) {
    const p = stack[--top];
    if (a.last[p]) return true;
    const np = count[p];
    for (const q of a.follow[p]) {
      if (seen[q]) continue;
      const nq = count[q];
      if (nq === 0) continue;
      if (np > 0 && nq > 0 && !anyPair(presence, live[p]!, np, live[q]!, nq)) continue;
      seen[q] = 1;
      stack[top++] = q;
    }
  }
  return false;
}

/**
 * mayMatch's working arrays: each position's present characters (an array kept per position, its first count[p]
 * read), seen, the stack
 */
let scratch: { live: (number[] | undefined)[]; count: Int32Array; seen: Uint8Array; stack: Int32Array } = { live: [], count: new Int32Array(0), seen: new Uint8Array(0), stack: new Int32Array(0) };

function anyPair(presence: TextPresence, from: number[], nFrom: number, to: number[], nTo: number): boolean {
  for (let i = 0; i < nFrom; i++) for (let j = 0; j < nTo; j++) if (hasPair(presence, from[i], to[j])) return true;
  return false;
}

/**
 * The characters a match of any of `res` may start with, a bit per UTF-16 code unit (the characters of the first
 * positions of each pattern's automaton, read from its tree: no automaton made); null where one of them is not read (as
 * patternAutomaton: flags i, u, v, g or y, …), may match the empty string, or may start with any character. A per-text
 * gate (mayStartIn) before a pattern's test of many short texts: a match anywhere in a text starts at one of its
 * characters, so a text holding none of these has no match of any of the patterns.
 */
export function firstChars(...res: RegExp[]): Uint32Array | null {
  const bits = new Uint32Array(0x10000 >>> 5);
  for (const re of res) {
    if (/[iuvgy]/.test(re.flags)) return null;
    let tree: Node;
    try {
      tree = parse(re.source);
    } catch (e) {
      if (e instanceof Unreadable) return null;
      throw e;
    }
    const r = firstOf(tree, bits);
    if (r !== FIRST_SOLID) return null;
  }
  return bits;
}

/** firstOf's answers: the node's matches are never empty (its first characters added), may be empty, may start anyhow */
const FIRST_SOLID = 0;
const FIRST_NULLABLE = 1;
const FIRST_ANY = 2;

/** The first characters of a tree's matches added to `bits` (glushkov's `first`, as characters); see FIRST_*. */
function firstOf(n: Node, bits: Uint32Array): number {
  switch (n.k) {
    case "empty":
      return FIRST_NULLABLE;
    case "set":
      if (n.set === null) return FIRST_ANY;
      for (let i = 0; i < n.set.length; i++) bits[n.set[i] >>> 5] |= 1 << (n.set[i] & 31);
      return FIRST_SOLID;
    case "alt": {
      let out = FIRST_SOLID;
      for (const a of n.alts) {
        const x = firstOf(a, bits);
        if (x === FIRST_ANY) return FIRST_ANY;
        if (x === FIRST_NULLABLE) out = FIRST_NULLABLE;
      }
      return out;
    }
    case "seq":
      for (const item of n.items) {
        const x = firstOf(item, bits);
        if (x !== FIRST_NULLABLE) return x;
      }
      return FIRST_NULLABLE;
    case "rep": {
      if (n.max === 0) return FIRST_NULLABLE;
      const x = firstOf(n.node, bits);
      return x === FIRST_SOLID && n.min === 0 ? FIRST_NULLABLE : x;
    }
  }
}

/**
 * Whether some character of `t` is one of `first` (firstChars): false proves that none of the patterns `first` was made
 * of finds a match in `t`; true (and a null `first`) proves nothing.
 */
export function mayStartIn(first: Uint32Array | null, t: string): boolean {
  if (first === null) return true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((first[c >>> 5] & (1 << (c & 31))) !== 0) return true;
  }
  return false;
}

/**
 * A module's gate of its patterns (firstChars, then mayStartIn), its characters read from the patterns once it has been
 * asked GATE_AFTER times: reading a large pattern costs ~1.4 ms in a fresh process (a vocabulary's alternatives parsed
 * before the parser is optimised), more than a few hundred of its tests, so a CLI run reviewing one small file reads
 * none, and a long table or a folder reads each once. Until then every text is admitted (proving nothing).
 */
export class FirstCharGate {
  private bits: Uint32Array | null | undefined = undefined;
  private asked = 0;
  private readonly res: RegExp[];
  constructor(...res: RegExp[]) {
    this.res = res;
  }
  /** false proves that none of the gate's patterns finds a match in `t` */
  admits(t: string): boolean {
    if (this.bits === undefined) {
      if (++this.asked < GATE_AFTER) return true;
      this.bits = firstChars(...this.res);
    }
    return mayStartIn(this.bits, t);
  }
}

/** texts a FirstCharGate admits unread before it reads its patterns */
const GATE_AFTER = 1024;
