import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { withoutCopyMarks } from "../text/copy-marks";
import { statedWholes } from "./sentence-breakdowns";

/*
 * (rel55, session 55) **A whole stated once, then broken down aspect by aspect in the rows under it** — a progress bulletin
 * states the total of a measure ('累计完成投资474.5亿元', '全市重点建设项目完成投资229.83亿元'), then cuts it by one aspect after
 * another, each opened by the aspect's words:
 * - in one row, its parts in ';' groups: '■按项目类别统计:产业发展项目172个,完成投资295.9亿元,为年投资计划的80%;基础设施项目75个,
 *   完成投资102.3亿元,…;…。' then '■按建设阶段统计:续建类项目146个,完成投资304.2亿元,…;新开类项目170个,完成投资170.3亿元,…。';
 * - as a head over numbered rows, one part a row: '(二)按项目建设类型完成情况' over '1、基础设施工程完成投资54.87亿元,为年度计划的
 *   32.2%,…' … '5、民生保障工程完成投资11.84亿元,…', then '(三)各建设阶段完成情况' over its own rows.
 * The aspect's opener (ASPECT, after a row's marks and code): 按 / 从 / 分 and the aspect's words, then 统计 / 看 / 来看 / 划分 /
 * 分类 / 情况 ('按项目类别统计', '从建设性质看', '按项目建设类型完成情况'), or 各 and a class of things (类型, 类别, 阶段, 性质, 行业,
 * 领域, 区域: '各建设阶段完成情况') — a partition of the whole's items, each in one class.
 * Each part states the measure by the same words right before its amount (up to four characters: '完成投资'), once, in one
 * unit; the whole is the one statement of those words and that unit in the nearest row above the aspects (rows of other
 * aspects' parts passed over), its 其中 sentence out ('其中32个省重点项目完成投资58.31亿元' is a subset). Two parts at least; the
 * parts add up to the whole (closed where a row or a group that is no part ends them; running to the sheet's end, they may be
 * cut there: they may not exceed it).
 * Refused: parts naming the measure by other words ('计划投资' beside '完成投资'), a part stating it twice or in another unit,
 * no whole or two in its row, parts more than a quarter over the whole or under half of it (another measure, some classes
 * only), a '各' of no class ('各项目完成情况': some projects, no partition).
 */

const ASPECT = /^(?:按|从|分)[\u4e00-\u9fa5]{2,10}?(?:统计|来看|看|划分|分类|完成情况|情况)(?:[:,]|$)|^各[\u4e00-\u9fa5]{0,6}(?:类型|类别|阶段|性质|行业|领域|区域)(?:完成情况|情况|统计)?(?:[:,]|$)/;
/** ASPECT anywhere in a text (Grid.hasText, a row's compact text): a sheet none of whose texts holds one has no aspects */
const ANY_ASPECT = /(?:按|从|分)[\u4e00-\u9fa5]{2,10}?(?:统计|来看|看|划分|分类|完成情况|情况)(?:[:,]|$)|各[\u4e00-\u9fa5]{0,6}(?:类型|类别|阶段|性质|行业|领域|区域)/;
/** a row's leading marks and code: '■', '(二)', '二、', '1、' */
const LEAD = /^(?:[■□●○◆◇▲△★☆\s]|[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.](?!\d))+/;
/** the measure's words right before an amount (group 1), the amount and its unit */
const MEASURED = /([\u4e00-\u9fa5]{2,4})(\d+(?:\.\d+)?)(亿元|万元)/g;
/** rows above the aspects the whole is looked for in */
const WHOLE_ROWS = 12;

interface Row {
  row: number;
  col: number;
  text: string;
}
export interface Stated {
  key: string;
  digits: string;
  unit: string;
}

/** the statements of a measure in a text: its words, the amount and its unit */
export function measured(text: string): Stated[] {
  const out: Stated[] = [];
  for (const m of text.replace(/\([^()]*\)/g, "").matchAll(MEASURED)) out.push({ key: m[1], digits: m[2], unit: m[3] });
  return out;
}

/** one part: the one statement of the measure in a group or a row (its words the key given, or the first part's) */
export function partOf(text: string, key: string | null): Stated | null {
  const xs = measured(text);
  const same = key ? xs.filter((x) => x.key === key) : xs;
  return same.length === 1 && (key !== null || xs.length === 1) ? same[0] : null;
}

/** The sums of each aspect's parts over the whole stated above them (see the module's note). */
export function aspectRowSums(grid: Grid, found: readonly { kind: string }[]): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText(ANY_ASPECT)) return out;
  // (each row's first text as the prose readers read it, made when first asked: a large table's rows are passed over by their
  // compact text)
  const made: (Row | null | undefined)[] = [];
  const rows = (r: number): Row | null => {
    if (made[r] !== undefined) return made[r]!;
    const c = grid.firstTextCell(r);
    const text = c ? proseDigits(withoutCopyMarks(grid.text(r, c))) : null;
    return (made[r] = c && text !== null ? { row: r, col: c, text } : null);
  };
  const inAspect = new Set<number>();
  const stated = statedWholes(found);
  for (let r = 1; r <= grid.rowCount; r++) {
    const c = grid.firstTextCell(r);
    if (!c || !ANY_ASPECT.test(grid.compactText(r, c))) continue;
    const line = rows(r);
    if (!line) continue;
    const body = line.text.replace(LEAD, "");
    const a = ASPECT.exec(body);
    if (!a) continue;
    const rest = body.slice(a[0].length);
    // the parts: the row's ';' groups after its opener, or the rows under a head
    const parts: { at: Row; s: Stated }[] = [];
    let closed = false;
    if (rest.replace(/[。\s]/g, "")) {
      const text = rest.split("。")[0];
      closed = rest.indexOf("。") >= 0;
      for (const g of text.split(";")) {
        const s = partOf(g, parts.length ? parts[0].s.key : null);
        if (!s) {
          closed = true;
          break;
        }
        parts.push({ at: line, s });
      }
      inAspect.add(r);
    } else {
      inAspect.add(r);
      for (let rr = r + 1; rr <= grid.rowCount; rr++) {
        const under = rows(rr);
        if (!under) continue;
        const s = partOf(under.text.split("。")[0], parts.length ? parts[0].s.key : null);
        if (!s) {
          closed = true;
          break;
        }
        parts.push({ at: under, s });
        inAspect.add(rr);
      }
    }
    if (parts.length < 2) continue;
    const { key, unit } = parts[0].s;
    if (parts.some((p) => p.s.unit !== unit)) continue;
    const whole = wholeAbove(rows, r, key, unit, inAspect);
    if (!whole) continue;
    const termUnit: AmountUnit | null = unit === "亿元" ? null : (unit as AmountUnit);
    const total = lineTerm(grid, whole.at.row, whole.at.col, whole.s.digits + unit, whole.s.digits, key, termUnit);
    if (stated().has(`${total.cell}|${total.value}`)) continue;
    const terms: RelationTerm[] = parts.map((p) => lineTerm(grid, p.at.row, p.at.col, p.s.digits + unit, p.s.digits, key, termUnit));
    const sum = terms.reduce((x, t) => x + t.value, 0);
    if (sum > total.value * 1.25 || sum < total.value / 2) continue;
    out.push({
      kind: "sum",
      id: `sum:amount:${total.cell}:aspect:${r}`,
      measure: "amount",
      block: "labelled-funds",
      // (prose, as the sentence readers' sums: no table's list — the amount lists' heads read "rows" sums as a table's lines)
      orientation: "columns",
      label: a[0].replace(/[:,]$/, ""),
      total,
      parts: terms,
      bound: closed ? "equal" : "atMost",
      // (a whole shown coarser than its parts: within their rounding)
      ...(terms.some((t) => (t.decimals ?? 0) > (total.decimals ?? 0)) ? { roundedParts: true as const } : {}),
    });
  }
  return out;
}

/**
 * The whole: the one statement of the measure (its words, its unit) in the nearest row above `from` that states it, rows of
 * aspects' parts passed over, a 其中 sentence's statements out (a subset); null where none, or where that row states two.
 */
function wholeAbove(rows: (r: number) => Row | null, from: number, key: string, unit: string, inAspect: Set<number>): { at: Row; s: Stated } | null {
  for (let r = from - 1, seen = 0; r >= 1 && seen < WHOLE_ROWS; r--) {
    if (inAspect.has(r)) continue;
    const line = rows(r);
    if (!line) continue;
    seen++;
    const text = line.text.replace(/其中[^。]*/g, "");
    const xs = measured(text).filter((x) => x.key === key && x.unit === unit);
    if (xs.length === 1) return { at: line, s: xs[0] };
    if (xs.length > 1) return null;
  }
  return null;
}
