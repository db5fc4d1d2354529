import { LIST_NUMBER, PART_OF_PREFIX } from "./vocabulary";

/**
 * (dev49, session 49) Two readings of a money list's lines by their names alone, for the lists whose lines carry no
 * 其中 word and no numbering of levels — a 三公 决算 table such as
 *
 *     经费项目                  | 2020年度支出(万元) | 支出减少情况(万元) | 支出减少率
 *     因公出国(境)费            | 0                  | 0                  | 0%
 *     公务接待费                | 71.53              | -                  | -
 *     公务用车购置及运行维护费  | 1857.23            | -                  | -
 *     公务用车购置费            | 423.81             | -                  | -
 *     公务用车运行维护费        | 1433.42            | -                  | -
 *     总“三公”经费支出          | 1928.76            | -                  | -
 *
 * 1. NAMED_WHOLE_LINE: a line named '总' + what the list is of (总“三公”经费支出, 总经费, 总支出金额), or what it is of +
 *    总额 (“三公”经费支出总额, 经费总额): the list's whole, as 合计 would be — read so at the list's top or bottom only
 *    (blocks.ts rowSums). Not 总 opening a body's name (总工会经费, 总队, 总部, 总体): a line of the list.
 * 2. joinedLineParts: a line whose name joins names (X及Y…: 公务用车购置及运行维护费) right over lines each named from its
 *    own name — a prefix of it (two characters at least) then a piece of its rest (公务用车购置 + 费, 公务用车 + 运行维护费)
 *    — two lines at least: those lines are its parts, printed as plain lines with no 其中 word. A total over the list
 *    counts the joined line once, not its parts again (adding all five lines above counts 公务用车 twice: 3785.99).
 *    A sibling sharing a word only (公务接待费 under 公务用车购置及运行费: 公务 + 接待费, not in its name) is no part.
 *    Lines each naming a kind of a line's stem (公务用车费 over 公务用车运行维护费 | 公务用车购置) are its parts only where
 *    they add up to it (the names alone are weaker evidence: 办公费 over 办公设备购置费 may be two lines of a list).
 *
 * Both are label tests on lines a block reader already holds: no pass over the grid of their own.
 */

/** quotes and brackets around a name (“三公”, 「三公」) are no part of the words */
const QUOTES = /["“”'‘’「」『』《》]/g;

/**
 * A line named as the whole of a money list: 总 + its subject ending in a money word (总“三公”经费支出, 总经费, 总费用,
 * 总支出金额), or its subject + 总额 (三公经费支出总额, 经费总额). Not 总 opening a body's or a plan's name (总工会, 总公司, 总队,
 * 总部, 总站, 总院, 总局, 总医院, 总体, 总目标…), nor 总收入 / 总支出 alone (BUDGET_TOTAL_LINE, the coded budgets' reading).
 */
export const NAMED_WHOLE_LINE =
  /^(?:总(?![体部队站院局校厂会务行社店所台目结评分计额工公医馆])[\u4e00-\u9fa5()（）]{0,10}(?:经费|费用|资金|支出|开支)(?:支出|金额|合计)?|[\u4e00-\u9fa5()（）]{0,10}(?:经费|费用)(?:支出)?总额)$/;

/** A label read as a named whole (NAMED_WHOLE_LINE), its quotes and list number dropped. */
export function namedWholeLine(label: string): boolean {
  const l = label.replace(QUOTES, "").replace(LIST_NUMBER, "").replace(/[:：]$/, "");
  return l !== "总收入" && l !== "总支出" && l !== "总开支" && NAMED_WHOLE_LINE.test(l);
}

/** A label without its quotes (“三公”经费合计 reads as 三公经费合计). */
export function withoutQuotes(label: string): string {
  return label.replace(QUOTES, "");
}

/** a name's closing money word (公务用车费 -> 公务用车) */
const MONEY_END = /(费用|经费|费|支出|开支)$/;

/** the words joining two names in one line's name */
const JOINER = /[及和与、]/;

/** a line's name, its numbering, 其中 word and quotes dropped */
function bare(label: string): string {
  return label.replace(QUOTES, "").replace(PART_OF_PREFIX, "").replace(LIST_NUMBER, "").replace(PART_OF_PREFIX, "").trim();
}

/**
 * `part` is named from `whole`: a prefix of it (two characters at least) that ends at a joiner of it (公务用车购置 under
 * 公务用车购置及运行维护费, with or without its money word: 公务用车购置费), or a prefix then a piece of what follows in it,
 * its money word aside (公务用车 + 运行维护费 under 公务用车购置及运行维护支出)
 */
function namedFrom(part: string, whole: string): boolean {
  if (part.length < 3 || part === whole || JOINER.test(part)) return false;
  let p = 0;
  while (p < part.length && p < whole.length && part[p] === whole[p]) p++;
  if (p < 2) return false;
  const rest = part.slice(p).replace(MONEY_END, "");
  if (!rest) return JOINER.test(whole[p] ?? "");
  return whole.indexOf(rest, p) >= p;
}

/** `part` names a kind of `whole`'s stem (公务用车运行维护费 under 公务用车费): the stem (two characters at least), then more */
function kindOf(part: string, whole: string): boolean {
  const stem = whole.replace(MONEY_END, "");
  return stem.length >= 2 && stem !== whole && part !== whole && part.length > stem.length + 1 && part.startsWith(stem) && !JOINER.test(part);
}

/** A run of part lines right under a line: their indexes, and whether the names alone say so ('joined') or only with the numbers ('stem'). */
export interface NamedParts {
  parts: number[];
  /** joined: the line joins names (X及Y) and each part is named from it; stem: each part names a kind of its stem only (公务用车费 over 公务用车运行维护费 | 公务用车购置): parts where they add up to it */
  by: "joined" | "stem";
}

/**
 * For the lines' labels (in order, each a line right under the one before), the lines that are another's parts by
 * name: a map from the index of a line to the run of two lines at least right under it, each named from it (a joined
 * line, X及Y…: namedFrom) or each a kind of its stem (X费 over X… lines: kindOf, a weaker evidence the caller checks
 * against the numbers). Empty where no line is named so.
 */
export function joinedLineParts(labels: readonly string[]): Map<number, NamedParts> {
  const out = new Map<number, NamedParts>();
  for (let k = 0; k + 2 < labels.length; k++) {
    const whole = bare(labels[k]);
    if (whole.length < 3) continue;
    const joined = whole.length >= 5 && JOINER.test(whole);
    const run: number[] = [];
    for (let j = k + 1; j < labels.length; j++) {
      const part = bare(labels[j]);
      if (!(joined ? namedFrom(part, whole) || kindOf(part, whole) : kindOf(part, whole))) break;
      run.push(j);
    }
    if (run.length < 2) continue;
    out.set(k, { parts: run, by: joined ? "joined" : "stem" });
    k = run[run.length - 1];
  }
  return out;
}
