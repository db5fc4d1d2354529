import type { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";
import { GeneratedOutcome, knownGapTests, mulberry32, reportFailing, seedsWithPinned } from "../helpers";
import { buildTargetForm, filledTargetDims, BuiltForm, sampleTargetSpec } from "./generated-target-forms";

/**
 * Generated target forms: CASES seeded combinations of template (项目支出绩效目标申报表; 绩效目标审批表, most in the national
 * layout: 主管部门及代码, 中期/年度 资金总额 side by side, 中期目标 | 年度目标 over their texts, a 绩效指标 label column;
 * 部门整体支出绩效目标表 with its 收入 and 支出 blocks), 1–3 projects on one sheet, head fields with their value in the
 * next cell or after a colon in the label's cell, the fund block in lines or columns, 指标内容/评(扣)分标准 columns, a 分值
 * column adding to 100, group labels merged or repeated, the target column worded 指标值/年度指标值/目标值/… or split over
 * 指标性质 | 指标值 | 度量单位, traditional characters, an empty inserted column, a cover block, units 万元/元, numbered
 * 三级 names (1. / (1) / ①), the period as two dates or one 起止时间 cell, a closing 填报人 line or none; and, drawn from a
 * PRNG of their own (filledTargetDims, so each seed keeps its form), filled-in shapes: amounts typed with their unit
 * ("300万元"), every number typed as text, full-width digits in every text (dates too), no merges at all (a blank
 * field is then read at the empty cell right of its label or text), the title line left out. KNOWN entries of seeds that drew one of these keep
 * their cause and gain the key's suffix.
 * Each form is read as a target-declaration and its review has no error or warning. Then one injected error per kind
 * (a blank required field, the 满意度 dimension dropped, a placeholder or blank target, a start after the end, a 时效
 * target after the end, a fund part that breaks its total in lines or columns, the 支出 合计 repeating the 收入 合计
 * while its lines add to something else, a 分值 sum of 105) must be found by its rule at its cell (error or warning).
 * Every project of a sheet gets injected errors (a later project's kinds are named `kind@p2`, `kind@p3`): each project
 * starts at its 项目名称 line and is read as a form of its own (stacked-forms.ts), its errors found at their sheet cells.
 * Combinations the engine still gets wrong are listed in KNOWN with their cause (CAUSES): each must keep failing.
 */

const CASES = Number(process.env.GEN_TARGET_CASES ?? 160);

type Outcome = GeneratedOutcome;

const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning");
const show = (f: Finding) => `${f.severity} ${f.rule}@${f.cell} ${f.messageId ?? ""}`;

function run(b: BuiltForm, id: string): Outcome[] {
  const out: Outcome[] = [];
  const base = review(b.grid(), "national");
  const clean = flags(base.findings);
  const family = base.model.family;
  out.push({ id, kind: "family", ok: family === "target-declaration", detail: family });
  out.push({ id, kind: "clean", ok: clean.length === 0, detail: clean.map(show).join("; ") });
  const baseMsg = new Set(clean.map((f) => `${f.rule}@${f.cell}|${f.message}`));
  for (const m of b.mutations) {
    const fs = flags(review(m.grid(), "national").findings);
    const hit = fs.some((f) => f.rule === m.rule && (m.cells.length ? m.cells.includes(f.cell) : !baseMsg.has(`${f.rule}@${f.cell}|${f.message}`)));
    out.push({ id, kind: m.project > 1 ? `${m.kind}@p${m.project}` : m.kind, ok: hit, detail: hit ? "" : `${m.what} at ${m.cells.join("/")} → ${fs.map(show).join("; ") || "nothing"}` });
  }
  return out;
}

/**
 * Seeds past the CI count, run at every count (eng29a): a blank spacer column between 三级指标 and 指标内容 read as
 * the start of a second block, every column right of it (目标值, 分值) dropped — a 分值 sum of 105 went unreported (#323).
 */
const PINNED = [323];

const built: { id: string; b: BuiltForm }[] = [];
for (const n of seedsWithPinned(CASES, PINNED)) {
  const rnd = mulberry32(1000 + n - 1);
  const b = buildTargetForm({ ...sampleTargetSpec(rnd), ...filledTargetDims(mulberry32(7000 + n - 1)) }, n, rnd);
  built.push({ id: `#${n} ${b.key}`, b });
}
const outcomes: Outcome[] = [];

/** A grid's rows 1…last, values and merges (clipped at `last`, a merge left on one cell dropped), as one text. */
function gridText(g: Grid, last: number): string {
  const out: string[] = [];
  for (let r = 1; r <= last; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= g.colCount; c++) {
      cells.push(JSON.stringify(g.raw(r, c) ?? null));
      const m = g.mergeAt(r, c);
      if (m && m.r1 === r && m.c1 === c && (Math.min(m.r2, last) > m.r1 || m.c2 > m.c1)) cells.push(`[${m.c2}:${Math.min(m.r2, last)}]`);
    }
    out.push(cells.join(","));
  }
  return out.join("\n");
}

/** What the engine still gets wrong on these forms, by cause. */
const CAUSES = {
  endsOnGroupOpening:
    "the form (or the sheet's last project, `@p2`/`@p3`) ends on its table's last line (no closing line under it), and that line opens a 二级 group of its own inside the 一级 above it: target-incomplete reads the sheet as an excerpt cut there (opensGroupAtEnd) and reports the missing 满意度 as info only. With 满意度 dropped and no closing line, such a form is, merge for merge, a real form cut cleanly at the last line of its 效益 (scripts/eval-cuts.js cuts at row boundaries and clips the merges there, so the 绩效指标 and 效益 merges end at the grid's end in both, the last line's target is filled in both, no marker): #47 ends 社会效益 ×2 | 可持续影响 ×1 as tj-ninghe-private-kindergarten-rent-subsidy-target-2020 cut after 16 does, #3 ends 经济效益 | 社会效益 one line each as corpus/032 cut after 18 does. Measured (session 17): every one-line ending read as the form's shape fixes 23 of 23, +14 cut alarms; 'every 二级 group of the last 一级 is one line' (session 16) fixes 17, +6 (032@18, ah-lu-an-jinan-tennis-open@20 and @22, cn-district-urban-mgmt@16, nx-guyuan-yuanzhou@19, tj-xiqing@16); a form ending on 可持续影响 (the conventional last 二级 of 效益) fixes 15, +5 (the forms cut exactly at their 效益/满意度 border: ah-lu-an@22, cn-district@16, sh-putuo-lanxilu@20, tj-ninghe@16, tj-xiqing@16). The review JSON over real/ is the same under all three (no published sheet is decided by this). Re-measured (session 21, eng21b, on this engine): the first fixes 23 of 23 for +14 cut alarms (032@18, sh-putuo-lanxilu@20, ah-lu-an@20 and @22, cn-district@16, hn-nanyue-asset-income@19, hn-nanyue-poverty-tourism@20, hn-xiangtan-fog-cannon@16, hn-yueyangxian-farmland@19, nx-guyuan@19, tj-baodi-manure@12, tj-ninghe@16, tj-xiqing@16, zj-cixi-infant-care@14), the second 17 for +8, the third 15 for +5 (sh-putuo-lanxilu@20, ah-lu-an@22, cn-district@16, tj-ninghe@16, tj-xiqing@16); the stacked cases (@p2/@p3) have no more evidence either (each form is read alone; the earlier projects' 满意度 says nothing of where the last one stops). The evidence that does tell them apart on published sheets is absent from both: a closing line (填报人, 审核意见, 注) under a complete form, and the last line cut mid-row (its target blank: fj-xiuyu, gd-dongguan, gd-heping, real excerpts ending in 效益). Re-measured (session 26, eng26f, on 927b98b): the first (opensGroupAtEnd dropped) still fixes 23 of 23 for +14 cut alarms in the default sample (148 → 162, the same 14 sheets as session 21) and +21 under --all-cuts (220 → 241), eval-corpus identical; nothing else in the grid tells them apart (it carries values, formats, formulas and merges only: no borders, print area or row heights, so a table's bottom border is no evidence; the 分值 left, 产出 + 效益 under 100, are the same in a cut). Settled (session 31, eng31a, on d19e1be): at GEN_TARGET_CASES=640 every one of the 71 failures is, value for value and merge for merge, its own consistent form cut after the mutant's last line (the test below checks it for every entry), so no rule reading the grid can separate them — only a policy can (warn on a cut exactly at the 效益/满意度 border, or hint on a form that lacks its 满意度). Measured again: opensGroupAtEnd off fixes 71 of 71 at 640 for cut alarms 150 → 164 (+14, scripts/eval-cuts.js default sample), eval-corpus identical",
} as const;

/** `#seed layout::kind` → its cause in CAUSES (each must keep failing; delete an entry when it is fixed) */
const KNOWN: Record<string, keyof typeof CAUSES> = {
  "#3 project|p1|head:next|funds:rows|noextra|noweights|merged|simp|empty:0|cover|元|num:1.|period:two|nofooter|tv:年度指标值::dropped-dimension": "endsOnGroupOpening",
  '#8 dept|p1|head:next|funds:rows|noextra|weights|merged|trad|empty:0|cover|元|num:none|period:two|nofooter|tv:预期目标值|"300"::dropped-dimension': "endsOnGroupOpening",
  "#14 project|p1|head:colon|funds:columns|extra|noweights|merged|simp|empty:0|nocover|元|num:(1)|period:two|nofooter|tv:预期目标值|split::dropped-dimension": "endsOnGroupOpening",
  "#15 project|p3|head:colon|funds:columns|noextra|noweights|merged|simp|empty:0|nocover|万元|num:none|period:span|nofooter|tv:目标值|notitle::dropped-dimension@p3": "endsOnGroupOpening",
  '#25 project|p1|head:colon|funds:rows|noextra|weights|merged|simp|empty:0|cover|万元|num:none|period:two|nofooter|tv:目标值|"300"|notitle::dropped-dimension': "endsOnGroupOpening",
  "#33 dept|p1|head:next|funds:rows|noextra|noweights|merged|trad|empty:0|cover|万元|num:none|period:two|nofooter|tv:指标值|split::dropped-dimension": "endsOnGroupOpening",
  "#36 approval|p3|head:next|funds:rows|noextra|noweights|merged|simp|empty:0|nocover|万元|num:(1)|period:span|nofooter|national|tv:目标值::dropped-dimension@p3": "endsOnGroupOpening",
  "#47 approval|p1|head:next|funds:rows|noextra|weights|merged|simp|empty:0|nocover|万元|num:(1)|period:two|nofooter|national|tv:年度指标值::dropped-dimension": "endsOnGroupOpening",
  "#54 project|p2|head:next|funds:rows|extra|noweights|merged|simp|empty:0|nocover|万元|num:(1)|period:span|nofooter|tv:目标值::dropped-dimension@p2": "endsOnGroupOpening",
  '#55 dept|p1|head:next|funds:columns|extra|weights|merged|simp|empty:0|nocover|元|num:none|period:two|nofooter|tv:指标目标值|split|"300"::dropped-dimension': "endsOnGroupOpening",
  "#62 approval|p3|head:colon|funds:rows|extra|noweights|merged|simp|empty:0|nocover|万元|num:(1)|period:two|nofooter|national|tv:目标值::dropped-dimension@p3": "endsOnGroupOpening",
  "#77 project|p1|head:next|funds:rows|extra|noweights|merged|simp|empty:2|nocover|元|num:①|period:span|nofooter|tv:目标值::dropped-dimension": "endsOnGroupOpening",
  "#85 project|p3|head:next|funds:columns|noextra|noweights|merged|simp|empty:0|nocover|万元|num:none|period:span|nofooter|tv:指标值::dropped-dimension@p3": "endsOnGroupOpening",
  '#92 approval|p1|head:next|funds:rows|extra|noweights|merged|simp|empty:0|nocover|万元|num:(1)|period:span|nofooter|national|tv:指标目标值|split|"300"|全角::dropped-dimension': "endsOnGroupOpening",
  "#101 approval|p3|head:colon|funds:rows|noextra|noweights|merged|simp|empty:0|nocover|万元|num:1.|period:two|nofooter|tv:指标值|notitle::dropped-dimension@p3": "endsOnGroupOpening",
  "#109 dept|p1|head:next|funds:columns|noextra|weights|merged|simp|empty:0|nocover|元|num:1.|period:two|nofooter|tv:指标值::dropped-dimension": "endsOnGroupOpening",
  "#120 dept|p1|head:next|funds:rows|noextra|weights|merged|simp|empty:3|nocover|万元|num:none|period:span|nofooter|tv:指标值|12.5万元::dropped-dimension": "endsOnGroupOpening",
  '#123 project|p1|head:next|funds:columns|noextra|weights|merged|simp|empty:0|nocover|万元|num:①|period:two|nofooter|tv:年度指标值|"300"|全角::dropped-dimension': "endsOnGroupOpening",
  "#136 approval|p2|head:colon|funds:rows|noextra|weights|merged|simp|empty:0|nocover|万元|num:1.|period:span|nofooter|national|tv:指标值::dropped-dimension@p2": "endsOnGroupOpening",
  "#145 approval|p1|head:colon|funds:columns|noextra|weights|merged|simp|empty:0|nocover|万元|num:none|period:span|nofooter|national|tv:年度指标值::dropped-dimension": "endsOnGroupOpening",
  '#150 dept|p1|head:next|funds:columns|noextra|weights|merged|simp|empty:0|cover|元|num:1.|period:span|nofooter|tv:目标值|split|"300"::dropped-dimension': "endsOnGroupOpening",
  "#153 project|p1|head:next|funds:rows|extra|noweights|merged|simp|empty:0|nocover|万元|num:(1)|period:two|nofooter|tv:绩效指标值::dropped-dimension": "endsOnGroupOpening",
  "#158 project|p1|head:next|funds:columns|noextra|noweights|merged|simp|empty:3|cover|万元|num:(1)|period:two|nofooter|tv:目标值|12.5万元|unmerged::dropped-dimension": "endsOnGroupOpening",
  '#323 project|p1|head:colon|funds:rows|extra|weights|merged|simp|empty:4|nocover|元|num:(1)|period:two|nofooter|tv:预期目标值|"300"::dropped-dimension': "endsOnGroupOpening",
};

describe("generated target forms", () => {
  beforeAll(() => {
    for (const { id, b } of built) outcomes.push(...run(b, id));
    reportFailing(outcomes, "GEN_TARGET_REPORT");
  });

  knownGapTests(outcomes, KNOWN, "every form and injected error is found");

  // The cause's claim, checked on every entry: the mutant (its 满意度 lines taken out) is, value for value and merge for
  // merge, its own consistent form cut after the mutant's last line (as scripts/eval-cuts.js cuts: rows below dropped,
  // merges clipped there). No rule reading the grid can then warn on the one and not on the other; an entry whose
  // mutant stops being such a cut has evidence of its own, and its cause must be looked at again.
  test("each endsOnGroupOpening entry's mutant is its consistent form cut after its last line", () => {
    const notCuts: string[] = [];
    for (const [key, cause] of Object.entries(KNOWN)) {
      if (cause !== "endsOnGroupOpening") continue;
      const [id, kind] = key.split("::");
      const b = built.find((x) => x.id === id)?.b;
      const m = b?.mutations.find((x) => (x.project > 1 ? `${x.kind}@p${x.project}` : x.kind) === kind);
      if (!b || !m) {
        notCuts.push(`${key}: not built`);
        continue;
      }
      const mutant = m.grid();
      const last = mutant.lastContentRow();
      if (gridText(mutant, last) !== gridText(b.grid(), last)) notCuts.push(key);
    }
    expect(notCuts).toEqual([]);
  });

  test("every kind is injected on many forms", () => {
    const byKind = new Map<string, number>();
    for (const o of outcomes) byKind.set(o.kind, (byKind.get(o.kind) ?? 0) + 1);
    for (const k of ["family", "clean", "blank-field", "dropped-dimension", "placeholder", "period-inverted", "time-outside", "fund-rows", "fund-columns", "weight-sum"]) expect(byKind.get(k) ?? 0).toBeGreaterThanOrEqual(20);
    expect(byKind.get("expense-copied") ?? 0).toBeGreaterThanOrEqual(15);
    // the later projects of a sheet: a blank field, a dropped dimension, a fund part, a 分值 sum in each
    for (const k of ["blank-field@p2", "dropped-dimension@p2", "fund-rows@p2", "blank-field@p3", "dropped-dimension@p3"]) expect(byKind.get(k) ?? 0).toBeGreaterThanOrEqual(10);
    for (const k of ["fund-columns@p2", "weight-sum@p2", "fund-rows@p3"]) expect(byKind.get(k) ?? 0).toBeGreaterThanOrEqual(10);
    expect(byKind.get("weight-sum@p3") ?? 0).toBeGreaterThanOrEqual(1);
  });
});
