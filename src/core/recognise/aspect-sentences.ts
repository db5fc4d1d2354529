import type { Grid } from "../grid/grid";
import type { AmountUnit, RelationTerm, SumRelation } from "../model/types";
import { lineTerm } from "./budget";
import { proseDigits } from "./prose-rates";
import { withoutCopyMarks } from "../text/copy-marks";
import { measured, partOf, type Stated } from "./aspect-rows";
import { mayHoldSentence, sentenceCells } from "./sentence-cells";

/*
 * (rel57, session 57) **A whole, then cut aspect by aspect in the same paragraph** — aspect-rows.ts's class, its aspects
 * opening a clause of the whole's own cell rather than a row:
 *   '365个市重大产业项目…完成投资887.44亿元,…。从建设性质看,83个结转项目完成投资472.63亿元,…;282个新列项目完成投资414.81亿元,
 *    …。从行业类别看,340个工业项目完成投资827.14亿元,…;19个服务业项目完成投资45亿元,…;6个农业项目完成投资15.3亿元,…。'
 *                                            (472.63 + 414.81 = 887.44 ✓; 827.14 + 45 + 15.3 = 887.44 ✓)
 *   '地方一般公共预算收入完成28,583万元,…,从征收部门来看:税务部门完成13,866万元,…;财政部门完成14,717万元,…。从收入分类来看,
 *    税收收入完成11,136万元,…;非税收入完成17,447万元,…。'   (13,866 + 14,717 = 28,583 ✓; 11,136 + 17,447 = 28,583 ✓)
 * The opener: 从 / 按 / 分 and the aspect's words, then 看 / 来看 / 统计 / 划分 / 分类 and a comma or colon, after a stop, a
 * semicolon or a comma (no '情况': '按计划完成情况' is no aspect). Its parts are the ';' groups up to the sentence's stop, each
 * stating the measure once by the same words right before its amount (aspect-rows.ts partOf), in one unit; a group that
 * states none closes the list. The whole is the one statement of those words and that unit in the cell's text before the
 * opener (other aspects' groups and 其中 clauses out) — or, where none is, the one statement whose words end as the parts'
 * two last characters do ('收入完成28,583万元' over '税务部门完成…', '财政部门完成…': 完成). Two parts at least, adding up to between
 * half the whole and a quarter over it (aspect-rows.ts's bounds); a list closed by its stop is the whole's every part (equal),
 * else a bound.
 * Refused: an aspect of some classes only ('从主要税种看', '从重点领域看'), parts in two units or by other words, no whole or two, the same whole and parts another reader already reads
 * exactly (one that reads them as a bound, a 其中 list's reading, is passed over: the aspect states more).
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) for an opener inside a text before any cell is read.
 */

const INNER = /[。;,:](?:从|按|分)[\u4e00-\u9fa5]{2,10}?(?:来看|看|统计|划分|分类)[:,]/g;
const MIN_TEXT = 12;
/** an aspect of some classes only */
const SOME = /主要|重点|部分|突出|其他/;
/** INNER without its g flag (a sheet's and a cell's gate) */
const ANY_INNER = /[。;,:](?:从|按|分)[\u4e00-\u9fa5]{2,10}?(?:来看|看|统计|划分|分类)[:,]/;

/** The sums of each in-cell aspect's parts over the whole stated before it (see above). */
export function aspectSentenceSums(grid: Grid, found: readonly { kind: string }[]): SumRelation[] {
  const out: SumRelation[] = [];
  if (!mayHoldSentence(grid, MIN_TEXT) || !grid.hasText(ANY_INNER)) return out;
  const stated = readBreakdowns(found);
  for (const { row, col } of sentenceCells(grid, MIN_TEXT, ANY_INNER)) {
    const text = proseDigits(withoutCopyMarks(grid.text(row, col)));
    if (text !== null) aspectsOf(grid, row, col, text, stated, out);
  }
  return out;
}

/**
 * The sums already read as a key of their whole and parts ('A1|887.44|414.81,472.63'), those read as a bound apart: an
 * aspect already read exactly is not read again; one read as a bound (a 其中 list's reading of the same groups) is read as
 * the partition it is, beside it.
 */
function readBreakdowns(found: readonly { kind: string }[]): () => Set<string> {
  let keys: Set<string> | null = null;
  return () => {
    if (keys) return keys;
    keys = new Set<string>();
    for (const r of found as SumRelation[]) if (r.kind === "sum" && r.bound === "equal") keys.add(breakdownKey(r.total, r.parts));
    return keys;
  };
}
const breakdownKey = (total: RelationTerm, parts: readonly RelationTerm[]) =>
  `${total.cell}|${total.value}|${parts
    .map((p) => p.value)
    .sort((a, b) => a - b)
    .join(",")}`;

function aspectsOf(grid: Grid, r: number, c: number, text: string, stated: () => Set<string>, out: SumRelation[]): void {
  // (the text before each opener, earlier aspects' groups out)
  let before = "";
  let from = 0;
  INNER.lastIndex = 0;
  for (let m = INNER.exec(text); m; m = INNER.exec(text)) {
    before += text.slice(from, m.index + 1);
    const open = m.index + 1;
    // (main or key classes only — '从主要税种看', '从重点领域看' — are no partition)
    if (SOME.test(m[0])) continue;
    const stop = text.indexOf("。", open);
    const end = stop < 0 ? text.length : stop;
    from = end;
    INNER.lastIndex = end;
    const parts: Stated[] = [];
    let closed = stop >= 0;
    for (const g of text.slice(open + m[0].length - 1, end).split(";")) {
      const s = partOf(g, parts.length ? parts[0].key : null);
      if (!s) {
        closed = true;
        break;
      }
      parts.push(s);
    }
    if (parts.length < 2) continue;
    const { key, unit } = parts[0];
    if (parts.some((p) => p.unit !== unit)) continue;
    const earlier = measured(before.replace(/其中[^。;]*/g, "")).filter((x) => x.unit === unit);
    let wholes = earlier.filter((x) => x.key === key);
    if (!wholes.length) wholes = earlier.filter((x) => x.key.slice(-2) === key.slice(-2));
    if (wholes.length !== 1) continue;
    const termUnit: AmountUnit | null = unit === "亿元" ? null : (unit as AmountUnit);
    const whole = wholes[0];
    const total = lineTerm(grid, r, c, whole.digits + unit, whole.digits, whole.key, termUnit);
    const terms: RelationTerm[] = parts.map((p) => lineTerm(grid, r, c, p.digits + unit, p.digits, key, termUnit));
    if (stated().has(breakdownKey(total, terms))) continue;
    const sum = terms.reduce((x, t) => x + t.value, 0);
    if (sum > total.value * 1.25 || sum < total.value / 2) continue;
    out.push({
      kind: "sum",
      id: `sum:amount:${total.cell}:aspect-sentence:${open}`,
      measure: "amount",
      block: "labelled-funds",
      orientation: "columns",
      label: m[0].slice(1).replace(/[:,]$/, ""),
      total,
      parts: terms,
      bound: closed ? "equal" : "atMost",
      ...(terms.some((t) => (t.decimals ?? 0) > (total.decimals ?? 0)) ? { roundedParts: true as const } : {}),
    });
  }
}
