import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";
import { build, Built, mulberry32, ROLES, sampleSpec, wordingsOf } from "./generated-indicator-tables";

/**
 * Generated indicator tables: CASES seeded combinations of family (项目支出绩效自评表 / 评价指标体系 / 部门整体支出绩效
 * 自评表), 2–4 levels (merged down, repeated or blank below), header wordings (wordings.json, taken round-robin so every
 * wording is used), weights in a 分值 column or in the label ("(10分)"), scores at the leaves or a 分值/得分 pair at
 * every level, a 总分/合计 line first, last or absent, leaf numbering (一、/(一)/1./指标1/none), a one- or two-line
 * header, a title and unit line, a budget block (年初预算数 … 执行率 | 得分) and a grade line.
 * Each table is consistent: its review has no error or warning. Then one injected error per rule kind (a weight that
 * breaks its parent's sum, a score above its weight, a negative score, a blank score, a skipped code, a wrong total, a
 * wrong grade for the total, a wrong 执行率, a missed target with no reason) must be found by that rule at that cell
 * (error or warning; a weight's sum may be reported at the changed cell, its parent or the total).
 * Combinations the engine still gets wrong are listed in KNOWN with their cause (CAUSES): each must keep failing.
 */

const CASES = 120;

interface Outcome { id: string; kind: string; ok: boolean; detail: string }

const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning");
const show = (f: Finding) => `${f.severity} ${f.rule}@${f.cell} ${f.messageId ?? ""}`;

function specFor(i: number) {
  const spec = sampleSpec(mulberry32(i + 1));
  // every wording of a role is used: the i-th case takes the (i mod n)-th
  for (const r of ROLES) {
    const ws = wordingsOf(r);
    spec.words[r] = ws[i % ws.length];
  }
  return spec;
}

function run(b: Built, id: string): Outcome[] {
  const out: Outcome[] = [];
  const base = review(b.grid(), "national");
  const clean = flags(base.findings);
  out.push({ id, kind: "clean", ok: clean.length === 0, detail: clean.map(show).join("; ") });
  const baseMsg = new Set(clean.map((f) => `${f.rule}@${f.cell}|${f.message}`));
  for (const m of b.mutations) {
    const fs = flags(review(b.grid(m.edits), "national").findings);
    const hit = fs.some((f) => f.rule === m.rule && (m.cells.length ? m.cells.includes(f.cell) : !baseMsg.has(`${f.rule}@${f.cell}|${f.message}`)));
    out.push({ id, kind: m.kind, ok: hit, detail: hit ? "" : `${JSON.stringify(m.edits)} → ${fs.map(show).join("; ") || "nothing"}` });
  }
  return out;
}

const outcomes: Outcome[] = [];
const built: { id: string; b: Built }[] = [];
for (let i = 0; i < CASES; i++) {
  const b = build(specFor(i), i + 1);
  built.push({ id: `#${i + 1} ${b.key}`, b });
}

/**
 * What the engine still gets wrong on these combinations, by cause. The layouts named are rare in the real sheets
 * (a 得分 beside every group label with no 分值 column; a 分值/得分 pair beside each of four levels) or need a rule of
 * their own (a weight sum against a total printed first, a grade line far from a total printed first).
 */
const CAUSES = {
  EVERY_LABEL: "a 得分 column beside each group label with the weights in the labels (no 分值 column): the group 得分 columns are read as 分值/得分 of the wrong level, so the group sums compare the wrong numbers",
  EVERY_L4: "four levels, each group with its own 分值/得分 pair: the 三级 group's pair is not told from the leaves' pair, so its rollups compare the wrong columns",
  LEAD_WEIGHT: "a 分值 raised under a leading 总分 line: the leading line's 分值 is not compared with the leaves' 分值 (no weight rollup to a total printed first); a project sheet reads the raised 分值 as a score short of it instead",
  UNSTATED: "a 分值 raised with no group 分值 and no stated total: no weight sum to break (an indicator system has no 产出/效益/满意度 for the unstated-100 check; a project sheet reads the raised 分值 as a score short of it)",
  GRADE_FIRST: "the total printed first and the grade line under the last leaf: the grade is read against the last leaf's score, not the total",
  CODE_REPEATED_L4: "four levels with the labels repeated on every line: the 四级 codes restarting under each 三级 are read as one run (numberRepeated)",
} as const;

/** `#seed layout::kind` → its cause in CAUSES (each must keep failing; delete an entry when it is fixed) */
const KNOWN: Record<string, keyof typeof CAUSES> = {
  "#6 system|L3|merged|w:label|s:every|total:last|num:(一)|hdr1|notitle|nobudget|nograde::clean": "EVERY_LABEL",
  "#6 system|L3|merged|w:label|s:every|total:last|num:(一)|hdr1|notitle|nobudget|nograde::score-over": "EVERY_LABEL",
  "#6 system|L3|merged|w:label|s:every|total:last|num:(一)|hdr1|notitle|nobudget|nograde::weight": "EVERY_LABEL",
  "#25 system|L3|blank|w:label|s:every|total:last|num:none|hdr1|title|nobudget|grade::clean": "EVERY_LABEL",
  "#25 system|L3|blank|w:label|s:every|total:last|num:none|hdr1|title|nobudget|grade::blank-score": "EVERY_LABEL",
  "#25 system|L3|blank|w:label|s:every|total:last|num:none|hdr1|title|nobudget|grade::weight": "EVERY_LABEL",
  "#31 dept|L4|merged|w:label|s:every|total:none|num:指标1|hdr1|notitle|nobudget|nograde::clean": "EVERY_LABEL",
  "#31 dept|L4|merged|w:label|s:every|total:none|num:指标1|hdr1|notitle|nobudget|nograde::score-over": "EVERY_LABEL",
  "#31 dept|L4|merged|w:label|s:every|total:none|num:指标1|hdr1|notitle|nobudget|nograde::weight": "EVERY_LABEL",
  "#31 dept|L4|merged|w:label|s:every|total:none|num:指标1|hdr1|notitle|nobudget|nograde::missed-target": "EVERY_LABEL",
  "#56 project|L2|merged|w:label|s:every|total:last|num:none|hdr1|title|budget|nograde::clean": "EVERY_LABEL",
  "#56 project|L2|merged|w:label|s:every|total:last|num:none|hdr1|title|budget|nograde::blank-score": "EVERY_LABEL",
  "#56 project|L2|merged|w:label|s:every|total:last|num:none|hdr1|title|budget|nograde::weight": "EVERY_LABEL",
  "#57 dept|L3|blank|w:label|s:every|total:first|num:1.|hdr2|title|nobudget|grade::clean": "EVERY_LABEL",
  "#57 dept|L3|blank|w:label|s:every|total:first|num:1.|hdr2|title|nobudget|grade::score-over": "EVERY_LABEL",
  "#57 dept|L3|blank|w:label|s:every|total:first|num:1.|hdr2|title|nobudget|grade::blank-score": "EVERY_LABEL",
  "#57 dept|L3|blank|w:label|s:every|total:first|num:1.|hdr2|title|nobudget|grade::weight": "EVERY_LABEL",
  "#60 project|L3|repeated|w:label|s:every|total:last|num:指标1|hdr1|title|nobudget|grade::clean": "EVERY_LABEL",
  "#60 project|L3|repeated|w:label|s:every|total:last|num:指标1|hdr1|title|nobudget|grade::score-over": "EVERY_LABEL",
  "#60 project|L3|repeated|w:label|s:every|total:last|num:指标1|hdr1|title|nobudget|grade::blank-score": "EVERY_LABEL",
  "#60 project|L3|repeated|w:label|s:every|total:last|num:指标1|hdr1|title|nobudget|grade::weight": "EVERY_LABEL",
  "#64 dept|L4|repeated|w:label|s:every|total:last|num:指标1|hdr1|notitle|budget|nograde::clean": "EVERY_LABEL",
  "#64 dept|L4|repeated|w:label|s:every|total:last|num:指标1|hdr1|notitle|budget|nograde::score-over": "EVERY_LABEL",
  "#64 dept|L4|repeated|w:label|s:every|total:last|num:指标1|hdr1|notitle|budget|nograde::weight": "EVERY_LABEL",
  "#108 system|L3|blank|w:label|s:every|total:last|num:(一)|hdr2|title|nobudget|grade::score-over": "EVERY_LABEL",
  "#108 system|L3|blank|w:label|s:every|total:last|num:(一)|hdr2|title|nobudget|grade::blank-score": "EVERY_LABEL",
  "#108 system|L3|blank|w:label|s:every|total:last|num:(一)|hdr2|title|nobudget|grade::weight": "EVERY_LABEL",
  "#110 project|L2|repeated|w:label|s:every|total:first|num:指标1|hdr1|title|nobudget|grade::clean": "EVERY_LABEL",
  "#110 project|L2|repeated|w:label|s:every|total:first|num:指标1|hdr1|title|nobudget|grade::total": "EVERY_LABEL",
  "#110 project|L2|repeated|w:label|s:every|total:first|num:指标1|hdr1|title|nobudget|grade::grade": "EVERY_LABEL",
  "#110 project|L2|repeated|w:label|s:every|total:first|num:指标1|hdr1|title|nobudget|grade::score-over": "EVERY_LABEL",
  "#110 project|L2|repeated|w:label|s:every|total:first|num:指标1|hdr1|title|nobudget|grade::blank-score": "EVERY_LABEL",
  "#110 project|L2|repeated|w:label|s:every|total:first|num:指标1|hdr1|title|nobudget|grade::weight": "EVERY_LABEL",
  "#113 dept|L3|repeated|w:label|s:every|total:none|num:指标1|hdr1|notitle|nobudget|nograde::clean": "EVERY_LABEL",
  "#113 dept|L3|repeated|w:label|s:every|total:none|num:指标1|hdr1|notitle|nobudget|nograde::score-over": "EVERY_LABEL",
  "#113 dept|L3|repeated|w:label|s:every|total:none|num:指标1|hdr1|notitle|nobudget|nograde::blank-score": "EVERY_LABEL",
  "#113 dept|L3|repeated|w:label|s:every|total:none|num:指标1|hdr1|notitle|nobudget|nograde::weight": "EVERY_LABEL",
  "#116 dept|L3|merged|w:label|s:every|total:none|num:(一)|hdr1|title|budget|nograde::clean": "EVERY_LABEL",
  "#116 dept|L3|merged|w:label|s:every|total:none|num:(一)|hdr1|title|budget|nograde::score-over": "EVERY_LABEL",
  "#116 dept|L3|merged|w:label|s:every|total:none|num:(一)|hdr1|title|budget|nograde::weight": "EVERY_LABEL",
  "#116 dept|L3|merged|w:label|s:every|total:none|num:(一)|hdr1|title|budget|nograde::missed-target": "EVERY_LABEL",
  "#10 system|L4|merged|w:column|s:every|total:none|num:1.|hdr1|title|nobudget|nograde::clean": "EVERY_L4",
  "#12 project|L4|merged|w:column|s:every|total:none|num:(一)|hdr1|title|budget|nograde::clean": "EVERY_L4",
  "#18 system|L4|repeated|w:column|s:every|total:none|num:(一)|hdr1|title|nobudget|nograde::clean": "EVERY_L4",
  "#40 system|L4|blank|w:column|s:every|total:last|num:指标1|hdr1|title|nobudget|grade::clean": "EVERY_L4",
  "#79 project|L4|merged|w:column|s:every|total:last|num:(一)|hdr1|notitle|nobudget|grade::clean": "EVERY_L4",
  "#85 system|L4|blank|w:column|s:every|total:none|num:(一)|hdr1|title|nobudget|nograde::clean": "EVERY_L4",
  "#105 project|L4|blank|w:column|s:every|total:none|num:一、|hdr1|title|nobudget|nograde::clean": "EVERY_L4",
  "#115 project|L4|repeated|w:column|s:every|total:none|num:指标1|hdr2|notitle|budget|nograde::clean": "EVERY_L4",
  "#5 dept|L4|blank|w:column|s:leaves|total:first|num:指标1|hdr2|title|budget|grade::weight": "LEAD_WEIGHT",
  "#8 project|L2|merged|w:column|s:leaves|total:first|num:指标1|hdr1|title|budget|grade::weight": "LEAD_WEIGHT",
  "#28 system|L2|blank|w:column|s:leaves|total:first|num:(一)|hdr1|notitle|nobudget|grade::weight": "LEAD_WEIGHT",
  "#32 system|L3|repeated|w:column|s:leaves|total:first|num:一、|hdr1|notitle|nobudget|grade::weight": "LEAD_WEIGHT",
  "#50 system|L3|merged|w:column|s:leaves|total:first|num:none|hdr1|title|nobudget|grade::weight": "LEAD_WEIGHT",
  "#81 dept|L2|merged|w:column|s:leaves|total:first|num:一、|hdr1|notitle|nobudget|grade::weight": "LEAD_WEIGHT",
  "#48 dept|L2|merged|w:column|s:leaves|total:none|num:一、|hdr1|notitle|budget|nograde::weight": "UNSTATED",
  "#75 project|L2|blank|w:column|s:leaves|total:none|num:none|hdr2|title|budget|nograde::weight": "UNSTATED",
  "#98 system|L2|repeated|w:column|s:leaves|total:none|num:1.|hdr2|title|nobudget|nograde::weight": "UNSTATED",
  "#112 system|L2|repeated|w:column|s:leaves|total:none|num:指标1|hdr2|notitle|nobudget|nograde::weight": "UNSTATED",
  "#29 project|L4|blank|w:label|s:leaves|total:first|num:1.|hdr2|title|budget|grade::clean": "GRADE_FIRST",
  "#87 project|L3|blank|w:label|s:leaves|total:first|num:1.|hdr1|notitle|nobudget|grade::clean": "GRADE_FIRST",
  "#93 project|L4|repeated|w:column|s:leaves|total:last|num:指标1|hdr1|title|nobudget|nograde::clean": "CODE_REPEATED_L4",
  "#106 project|L4|repeated|w:column|s:leaves|total:none|num:(一)|hdr2|title|budget|nograde::clean": "CODE_REPEATED_L4",
};

describe("generated indicator tables", () => {
  beforeAll(() => {
    for (const { id, b } of built) outcomes.push(...run(b, id));
    if (process.env.GEN_TABLES_REPORT) {
      const bad = outcomes.filter((o) => !o.ok);
      // eslint-disable-next-line no-console
      console.log(`${bad.length} failing of ${outcomes.length}\n` + bad.map((o) => `${o.id}::${o.kind}  ${o.detail}`).join("\n"));
    }
  });

  test("every combination and injected error is found, except those listed in KNOWN", () => {
    const unexpected = outcomes.filter((o) => !o.ok && !KNOWN[`${o.id}::${o.kind}`]).map((o) => `${o.id}::${o.kind}  ${o.detail}`);
    expect(unexpected).toEqual([]);
  });

  test("each KNOWN combination still fails (delete its entry when it is fixed)", () => {
    const fixed = Object.keys(KNOWN).filter((k) => outcomes.some((o) => `${o.id}::${o.kind}` === k && o.ok));
    expect(fixed).toEqual([]);
  });

  test("every rule kind is injected on many tables", () => {
    const byKind = new Map<string, number>();
    for (const o of outcomes) byKind.set(o.kind, (byKind.get(o.kind) ?? 0) + 1);
    for (const k of ["clean", "weight", "score-over", "negative", "blank-score", "code", "total", "grade", "exec-rate", "missed-target"]) expect(byKind.get(k) ?? 0).toBeGreaterThanOrEqual(20);
  });
});
