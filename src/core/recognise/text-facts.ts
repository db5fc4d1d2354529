import type { Grid } from "../grid/grid";

/**
 * Facts about every text cell of a grid (an entry per entry of Grid.textCells().cols), made in one pass over those cells
 * on first use and shared by the readers that scan them: a reader asks a cell's (or a line's) flags first and reads only
 * the cells its own test could admit, instead of each making its own pass with its own tests of every text.
 *
 * A flag is a plain fact of the cell's compact text (Grid.compactText), true exactly when stated (no value is read:
 * whether a cell holds a string is asked by the reader of the few cells its gate admits), so that a
 * reader's gate on it is provably necessary: "no 计, 额 nor 金 in the text" means no FUND_TOTAL_LABEL word in it. A reader
 * needing another fact adds a bit here (one character test in `factsOf`), not a pass of its own.
 */
export interface TextFacts {
  /** TextFact bits of each text cell, by its index in textCells().cols */
  readonly flags: Uint16Array;
  /** the OR of the flags of each row's text cells, by row (0 and rowCount + 1 included: 0) */
  readonly rowFlags: Uint16Array;
  /** the code of each text's last character */
  readonly tail: Uint16Array;
  /** each text's length (capped at 65,535) */
  readonly size: Uint16Array;
  /** the OR of every text cell's flags */
  readonly any: number;
}

/** The facts `TextFacts.flags` holds, one bit each. */
export const TextFact = {
  /** the text is digits and dots alone ("12", "0.5", "3.2.1") */
  plainNumber: 1,
  /** the text holds 计, 额 or 金 (合计, 总计, 小计, 总额, 金额, 资金: every FUND_TOTAL_LABEL word has one) */
  totalWord: 2,
  /** the text starts with 其中 */
  ofWhich: 4,
  /** the text holds '+', '、' or '和' (a head joining its parts' names: 集中+分散合计) */
  join: 8,
  /** the text ends with ')' */
  closeParen: 16,
  /** the text holds 等, 档, 评, 结 or 分 (等级, 档次, 评定, 结论, 得分, 分值: every word of a grade's or a score's mention has one) */
  gradeWord: 32,
  /** the text holds 绩 or 综 (总成绩, 综合: with 分 and 计, every word of a total's head has one) */
  markWord: 64,
  /** the text holds '/', '／' or '÷' (a ratio's formula, a rate per unit: 元/人) */
  divide: 128,
  /** the text holds a letter a digit is mistyped as (O, o, l, I, S) */
  digitLetter: 256,
  /** the text holds 办, 回, 答, 结, 反 or 采 (办结, 回复, 答复, 结案, 反馈, 采纳: a handled list's outcomes) */
  handledWord: 512,
  /** the text holds 比 (占比, 比例, 比率, 比重, 百分比) */
  ratioWord: 1024,
  /** the text holds 执, 决 or 实 (执行, 决算, 实际支出: an executed amount's words) */
  executedWord: 2048,
} as const;

const facts = new WeakMap<Grid, TextFacts>();

/** The grid's text facts (see TextFacts), made once per grid. */
export function textFacts(grid: Grid): TextFacts {
  let f = facts.get(grid);
  if (f === undefined) {
    f = factsOf(grid);
    facts.set(grid, f);
  }
  return f;
}

/** a character that is no digit nor '.': a text holding one is no plain number (a bit above TextFact's) */
const NOT_PLAIN = 0x8000;
/**
 * The facts a character gives its text, by its code: NOT_PLAIN for all but the digits and '.', and the TextFact bits of
 * the characters that give one (计 额 金: totalWord; + 、 和: join; …). A text's facts are the OR over its characters, one
 * read of this table per character (128 KB, filled once).
 */
const CHAR_FACTS = (() => {
  const t = new Uint16Array(0x10000).fill(NOT_PLAIN);
  for (const ch of "0123456789.") t[ch.charCodeAt(0)] = 0;
  for (const ch of "计额金") t[ch.charCodeAt(0)] |= TextFact.totalWord;
  for (const ch of "+、和") t[ch.charCodeAt(0)] |= TextFact.join;
  for (const ch of "等档评结分") t[ch.charCodeAt(0)] |= TextFact.gradeWord;
  for (const ch of "绩综") t[ch.charCodeAt(0)] |= TextFact.markWord;
  for (const ch of "/／÷") t[ch.charCodeAt(0)] |= TextFact.divide;
  for (const ch of "OolIS") t[ch.charCodeAt(0)] |= TextFact.digitLetter;
  for (const ch of "办回答结反采") t[ch.charCodeAt(0)] |= TextFact.handledWord;
  t["比".charCodeAt(0)] |= TextFact.ratioWord;
  for (const ch of "执决实") t[ch.charCodeAt(0)] |= TextFact.executedWord;
  return t;
})();
const CH_QI = 0x5176; // 其
const CH_ZHONG = 0x4e2d; // 中

function factsOf(grid: Grid): TextFacts {
  const { start, cols } = grid.textCells();
  const n = cols.length;
  const flags = new Uint16Array(n);
  const tail = new Uint16Array(n);
  const size = new Uint16Array(n);
  const rowFlags = new Uint16Array(grid.rowCount + 2);
  let any = 0;
  for (let r = 1; r <= grid.rowCount; r++) {
    let row = 0;
    for (let k = start[r], end = start[r + 1]; k < end; k++) {
      const c = cols[k];
      // (a text cell's compact text is never empty)
      const t = grid.compactText(r, c);
      const len = t.length;
      let m = 0;
      for (let i = 0; i < len; i++) m |= CHAR_FACTS[t.charCodeAt(i)];
      let fl = (m & ~NOT_PLAIN) | (m & NOT_PLAIN ? 0 : TextFact.plainNumber);
      if (len >= 2 && t.charCodeAt(0) === CH_QI && t.charCodeAt(1) === CH_ZHONG) fl |= TextFact.ofWhich;
      const last = t.charCodeAt(len - 1);
      if (last === 41) fl |= TextFact.closeParen;
      flags[k] = fl;
      tail[k] = last;
      size[k] = len > 0xffff ? 0xffff : len;
      row |= fl;
    }
    rowFlags[r] = row;
    any |= row;
  }
  return { flags, rowFlags, tail, size, any };
}

/**
 * Grid.textMatches(re) read from the facts: a flag per entry of textCells().cols, 1 where the cell's compact text has one
 * of the facts `need` and `re` (no g or y flag) finds a match in it; only those cells are tested. Exactly
 * Grid.textMatches(re) where every match of `re` holds a character giving one of `need` (a claim each caller pins in its
 * tests) and `re` is one textMatches may take (no match across a line end, no anchor).
 */
export function textMatchesWith(grid: Grid, need: number, re: RegExp): Uint8Array {
  const { start, cols } = grid.textCells();
  const { flags, rowFlags } = textFacts(grid);
  const out = new Uint8Array(cols.length);
  for (let r = 1; r <= grid.rowCount; r++) {
    if (!(rowFlags[r] & need)) continue;
    for (let k = start[r]; k < start[r + 1]; k++) if (flags[k] & need && re.test(grid.compactText(r, cols[k]))) out[k] = 1;
  }
  return out;
}

/**
 * Whether some text cell of the grid has one of the facts `need`: false answers Grid.hasText(re) at once where every
 * match of `re` holds a character giving one of them (the sheet's joined texts then hold none; a claim each caller pins
 * in its tests). A gate before hasText, never in its place (true says nothing of a match).
 */
export function mayHold(grid: Grid, need: number): boolean {
  return (textFacts(grid).any & need) !== 0;
}
