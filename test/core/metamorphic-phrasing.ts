import { rangeA1 } from "../../src/core/grid/a1";
import { Grid } from "../../src/core/grid/grid";
import { build } from "./metamorphic";

/**
 * Equivalent phrasings of the points, awards, deductions and caps a rubric's texts state (metamorphic-phrasing.test.ts):
 * each phrasing rewrites one family's canonical wording, as the real sheets write it, into another wording a publisher
 * uses for the same thing, wherever a text of the sheet says it. The rewrite leaves the meaning alone: a number stays
 * the same number, an award stays an award (no 得 → 加: a bonus is another thing), a cap stays a cap, and a wording is
 * left where its neighbours give it another sense (得分 in a header, '最高得N分' a cap, '不得N分' no award).
 */

export type Family = "points" | "award" | "deduction" | "cap" | "exhaust";

export interface Phrasing {
  /** `<family>|<the new wording>`, N for the number */
  id: string;
  family: Family;
  /** the text rewritten, or the text itself where nothing in it is this family's wording */
  rewrite: (text: string) => string;
}

const NUM = "(\\d+(?:\\.\\d+)?)";

/**
 * Points in brackets after an item's or a group's name ('组织管理(10分)', '（5分）'): not after a word that already
 * says what the number is (分值(10分), 满分(10分), 权重(10分)), not a range ('(5-10分)'), not a score (得分(8分)).
 */
const POINTS = new RegExp(`(^|[^分值权重满计得扣加减])([(（])\\s*${NUM}\\s*分\\s*([)）])`, "g");
function points(id: string, to: (n: string, open: string, close: string) => string): Phrasing {
  return { id: `points|${id}`, family: "points", rewrite: (t) => t.replace(POINTS, (_m, pre: string, open: string, n: string, close: string) => `${pre}${to(n, open, close)}`) };
}

/**
 * An award '得N分' / '计N分' / '记N分' / '给N分' (完成的得5分, 每项计0.5分): not a cap's ('最高得N分', '最多得', '至多得',
 * '可得'), not a refusal ('不得N分'), not a sum's 计 ('合计N分', '共计', '总计', '小计', '累计', '统计', '估计'), not a score
 * word '得分' (no number follows 得 there). The verb itself is kept where the new wording is the old.
 */
const AWARD = new RegExp(`(^|[^最多高不可至合共总小累统估])([得计记给])\\s*${NUM}\\s*分`, "g");
function award(id: string, to: (n: string) => string): Phrasing {
  return { id: `award|${id}`, family: "award", rewrite: (t) => t.replace(AWARD, (_m, pre: string, _v: string, n: string) => `${pre}${to(n)}`) };
}

/** A deduction '扣N分' (每缺一项扣1分): not '扣除N分' already, not after 酌情 / 视情 (already discretionary). */
const DEDUCTION = new RegExp(`(^|[^酌视情])扣\\s*${NUM}\\s*分`, "g");
function deduction(id: string, to: (n: string) => string): Phrasing {
  return { id: `deduction|${id}`, family: "deduction", rewrite: (t) => t.replace(DEDUCTION, (_m, pre: string, n: string) => `${pre}${to(n)}`) };
}

/** A cap '最高N分' (加分最高2分, 每项0.5分最高3分): not '最高得N分' / '最高可得' (grad43b's), not '最高分'. */
const CAP = new RegExp(`最高\\s*${NUM}\\s*分`, "g");
function cap(id: string, to: (n: string) => string): Phrasing {
  return { id: `cap|${id}`, family: "cap", rewrite: (t) => t.replace(CAP, (_m, n: string) => to(n)) };
}

/** A cap on deductions '最多扣N分' (每缺一项扣1分,最多扣3分). */
const DEDUCTION_CAP = new RegExp(`(?:最多|最高|至多)扣\\s*${NUM}\\s*分`, "g");
function deductionCap(id: string, to: (n: string) => string): Phrasing {
  return { id: `cap|${id}`, family: "cap", rewrite: (t) => t.replace(DEDUCTION_CAP, (_m, n: string) => to(n)) };
}

/** Deductions to the item's points: '扣完为止' in other words. */
function exhaust(to: string): Phrasing {
  return { id: `exhaust|${to}`, family: "exhaust", rewrite: (t) => t.replace(/扣完为止/g, to) };
}

export const PHRASINGS: Phrasing[] = [
  points("（N分）", (n) => `（${n}分）`),
  points("(N分)", (n) => `(${n}分)`),
  points("N分", (n) => `${n}分`),
  points("(N 分)", (n) => `(${n} 分)`),
  points("【N分】", (n) => `【${n}分】`),
  points("[N分]", (n) => `[${n}分]`),
  points("(分值N分)", (n, o, c) => `${o}分值${n}分${c}`),
  points("(标准分N分)", (n, o, c) => `${o}标准分${n}分${c}`),
  points("(满分N分)", (n, o, c) => `${o}满分${n}分${c}`),
  points("(计N分)", (n, o, c) => `${o}计${n}分${c}`),
  points("(分值:N)", (n, o, c) => `${o}分值:${n}${c}`),
  points("(N分值)", (n, o, c) => `${o}${n}分值${c}`),
  award("得N分", (n) => `得${n}分`),
  award("给N分", (n) => `给${n}分`),
  award("计N分", (n) => `计${n}分`),
  award("记N分", (n) => `记${n}分`),
  award("得分N", (n) => `得分${n}`),
  award("可得N分", (n) => `可得${n}分`),
  deduction("减N分", (n) => `减${n}分`),
  deduction("扣除N分", (n) => `扣除${n}分`),
  // (no '酌情扣N分': 酌情 makes the deduction the assessor's to size, up to N — another rule, which the tier readers rightly
  // read as no fixed award; measured: 3 of 117 sheets lose a rubric warning, cn-autumn-animal-epidemic, nx-helan,
  // cn-town-petition)
  deduction("扣N 分", (n) => `扣${n} 分`),
  cap("最多N分", (n) => `最多${n}分`),
  cap("最高不超过N分", (n) => `最高不超过${n}分`),
  cap("上限N分", (n) => `上限${n}分`),
  cap("封顶N分", (n) => `封顶${n}分`),
  deductionCap("最多扣N分", (n) => `最多扣${n}分`),
  deductionCap("最高扣N分", (n) => `最高扣${n}分`),
  deductionCap("至多扣N分", (n) => `至多扣${n}分`),
  deductionCap("扣满N分为止", (n) => `扣满${n}分为止`),
  exhaust("扣完即止"),
  exhaust("扣满为止"),
  exhaust("扣至0分为止"),
  exhaust("直至扣完"),
];

/** The grid with every text rewritten by `p` (merges and other cells as they were); null where no text changed. */
export function rephrased(g: Grid, p: Phrasing): Grid | null {
  let changed = false;
  const grid = build(g, (r, c) => {
    const x = g.cell(r, c);
    if (!x || typeof x.v !== "string") return x;
    const v = p.rewrite(x.v);
    if (v === x.v) return x;
    changed = true;
    return { ...x, v };
  }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), g.name);
  return changed ? grid : null;
}
