import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";
import { GeneratedOutcome, knownGapTests, mulberry32, reportFailing } from "../helpers";
import { buildRuleSheet, BuiltRuleSheet, sampleRuleSpec } from "./generated-rule-sheets";

/**
 * Generated rule sheets (generated-rule-sheets.ts): CASES seeded 考核评分表 / 考核细则 / 评估评分表 / 验收评分标准 with 2 or 3
 * label levels (the top one in a column or as a label row across the table), group cells merged, unmerged or filled
 * down, a group's points in its label ((10分) （10分） 10分 (10) 【10分】), in a 分值 column beside it, both or unstated, an
 * item's points as 10 / '10' / '10分', codes 一、 (一) 1. 1、 (1) ① A1 or none on each level, a 序号 column, a 评分标准 column
 * whose rules award parts adding up to the item, graded alternatives (优/良/中) or deductions (扣…扣完为止), a 加分项 /
 * 附加分 / 扣分项 block outside the 100, a 合计 / 总分 line, a page break repeating the header line (and a group label),
 * no score column, a blank one or scores filled in, titles and sheet names with 考核 / 评估 / 验收 / 细则.
 * Each sheet is consistent by construction: it is read as a rule sheet (indicator-system or assessment) and its review
 * has no error or warning. Then each injected slip (an item's
 * points raised, a group's points lowered, the 100 changed, an item code or a 序号 skipped, a score above its points,
 * a wrong score total) must be found by its rule at its cell (error or warning); an award raised in a rule's text by
 * rubric-points-mismatch as a hint (info: the rule's text is the template's, not filled-in data).
 * Combinations the engine still gets wrong are listed in KNOWN with their cause (CAUSES): each must keep failing.
 */

const CASES = Number(process.env.GEN_RULE_CASES ?? 130);

type Outcome = GeneratedOutcome;

const RULE_FAMILIES = ["indicator-system", "assessment"];
const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning");
const show = (f: Finding) => `${f.severity} ${f.rule}@${f.cell} ${f.messageId ?? ""}`;

function run(b: BuiltRuleSheet, id: string): Outcome[] {
  const out: Outcome[] = [];
  const base = review(b.grid(), "national");
  out.push({ id, kind: "family", ok: RULE_FAMILIES.includes(base.model.family), detail: base.model.family });
  const clean = flags(base.findings);
  out.push({ id, kind: "clean", ok: clean.length === 0, detail: clean.map(show).join("; ") });
  const baseMsg = new Set(clean.map((f) => `${f.rule}@${f.cell}|${f.message}`));
  for (const m of b.slips) {
    const all = review(b.grid(m.edits), "national").findings;
    // (a hint is looked for among the infos of its rule; an error or warning among the errors and warnings)
    const fs = m.severity === "info" ? all.filter((f) => f.severity === "info") : flags(all);
    const hit = fs.some((f) => m.rules.includes(f.rule) && (m.cells.length ? m.cells.includes(f.cell) : !baseMsg.has(`${f.rule}@${f.cell}|${f.message}`)));
    out.push({ id, kind: m.kind, ok: hit, detail: hit ? "" : `${JSON.stringify(m.edits)} want ${m.cells.join("/") || "any"} → ${fs.map(show).join("; ") || "nothing"}` });
  }
  return out;
}

const built: { id: string; b: BuiltRuleSheet }[] = [];
for (let i = 0; i < CASES; i++) {
  const b = buildRuleSheet(sampleRuleSpec(mulberry32(i + 2001)), i + 1);
  built.push({ id: `#${i + 1} ${b.key}`, b });
}
const outcomes: Outcome[] = [];

/** What the engine still gets wrong on these sheets, by cause. */
const CAUSES = {
  "letter-codes":
    "items coded A1 A2 … under A, B1 B2 … under B (letter-level codes): read as one 一级 code sequence A, B, C …, a code-sequence error on every item and a skipped A4 unseen (eng23a reads letter level codes on the shapes of batch 32; the combinations listed here still fail and are not yet diagnosed one by one)",
  "page-break-group":
    "a page break inside a group repeats the header line and the group's label: the two parts are read as two groups of the same points, each short of them (eng23a joins a repeated label in a level column on the shapes of batch 32; the combinations listed here still fail and are not yet diagnosed one by one)",
  "header-words":
    "the header's level words are read as no ladder (考核项目 | 考核内容 | 考核要点, 考评项目 | 考评内容 | 考评要点, a lone 项目 or 二级指标 over the items under label lines): the sheet is not recognised, or a level and the 分值 column are lost (table-header.ts)",
  "bare-label-beside-column":
    "a group's points stated twice, bare in brackets in its label (一、组织领导(38)) and in its own 分值 column: the bracketed number is not read as points, so a label that disagrees with the column goes unseen",
  "seq-after-page-break":
    "a 序号 column numbering through a page break (header line repeated): the number after the break is not checked against the one before, a repeated number reported on the next line",
  "seq-column-hides-label-codes":
    "a 序号 column beside items numbered in their labels (1、 2、 restarting in each group): only the 序号 is checked, a skipped label code is not (code-sequence)",
  "filled-group-codes":
    "group labels filled down on every line: the items' label codes (1、 2、 4、) under them are not checked (each line read as a group of its own)",
} as const;

/** `#seed layout::kind` → its cause in CAUSES (each must keep failing; delete an entry when it is fixed) */
const KNOWN: Record<string, keyof typeof CAUSES> = {
  "#1 L2row|merged|gp:both(10)|ip:number|code:(一)/A1|noseq|rub:awards+graded+deduct+plain|x:加分项|total:合计|pb:none|sc:blank::group-points": "bare-label-beside-column",
  "#3 L2row|merged|gp:label10分|ip:number|code:none/(1)|seq|rub:awards+plain|x:扣分项|total:none|pb:none|sc:blank::code": "header-words",
  "#3 L2row|merged|gp:label10分|ip:number|code:none/(1)|seq|rub:awards+plain|x:扣分项|total:none|pb:none|sc:blank::family": "header-words",
  "#3 L2row|merged|gp:label10分|ip:number|code:none/(1)|seq|rub:awards+plain|x:扣分项|total:none|pb:none|sc:blank::group-points": "header-words",
  "#3 L2row|merged|gp:label10分|ip:number|code:none/(1)|seq|rub:awards+plain|x:扣分项|total:none|pb:none|sc:blank::item-weight": "header-words",
  "#3 L2row|merged|gp:label10分|ip:number|code:none/(1)|seq|rub:awards+plain|x:扣分项|total:none|pb:none|sc:blank::rubric-award": "header-words",
  "#17 L3row|filled|gp:none|ip:number|code:一、/none/(1)|noseq|rub:plain|x:扣分项|total:总分|pb:none|sc:blank::code": "filled-group-codes",
  "#18 L2row|merged|gp:column|ip:text|code:一、/none|seq|rub:none|x:none|total:总分|pb:group|sc:blank::clean": "page-break-group",
  "#19 L2row|merged|gp:label【10分】|ip:text|code:none/1.|seq|rub:graded+deduct+plain|x:none|total:合计|pb:header|sc:filled::seq": "seq-after-page-break",
  "#22 L2row|unmerged|gp:column|ip:number|code:none/A1|noseq|rub:awards|x:none|total:合计|pb:group|sc:none::clean": "page-break-group",
  "#31 L2|unmerged|gp:label（10分）|ip:number|code:一、/1、|seq|rub:awards|x:none|total:合计|pb:none|sc:filled::code": "seq-column-hides-label-codes",
  "#35 L3row|filled|gp:none|ip:number|code:1./1、/(1)|noseq|rub:awards|x:附加分|total:总分|pb:none|sc:blank::code": "header-words",
  "#35 L3row|filled|gp:none|ip:number|code:1./1、/(1)|noseq|rub:awards|x:附加分|total:总分|pb:none|sc:blank::family": "header-words",
  "#35 L3row|filled|gp:none|ip:number|code:1./1、/(1)|noseq|rub:awards|x:附加分|total:总分|pb:none|sc:blank::item-weight": "header-words",
  "#35 L3row|filled|gp:none|ip:number|code:1./1、/(1)|noseq|rub:awards|x:附加分|total:总分|pb:none|sc:blank::rubric-award": "header-words",
  "#35 L3row|filled|gp:none|ip:number|code:1./1、/(1)|noseq|rub:awards|x:附加分|total:总分|pb:none|sc:blank::total-weight": "header-words",
  "#45 L2|unmerged|gp:both(10)|ip:number|code:(一)/A1|noseq|rub:graded+deduct+plain|x:none|total:合计|pb:none|sc:blank::group-points": "bare-label-beside-column",
  "#46 L2|merged|gp:both(10)|ip:text|code:(一)/none|noseq|rub:awards|x:none|total:总分|pb:header|sc:blank::group-points": "bare-label-beside-column",
  "#48 L3|merged|gp:none|ip:text|code:none/(一)/1.|noseq|rub:deduct|x:none|total:none|pb:none|sc:blank::family": "header-words",
  "#49 L3|unmerged|gp:label10分|ip:number|code:none/1./A1|noseq|rub:awards+plain|x:扣分项|total:合计|pb:none|sc:blank::code": "letter-codes",
  "#54 L2|merged|gp:label(10分)|ip:number|code:(一)/none|noseq|rub:awards|x:扣分项|total:none|pb:group|sc:none::clean": "page-break-group",
  "#55 L3|unmerged|gp:none|ip:text|code:(一)/1./(1)|noseq|rub:graded|x:扣分项|total:总分|pb:none|sc:blank::family": "header-words",
  "#62 L2|merged|gp:none|ip:text分|code:(一)/1.|seq|rub:deduct|x:加分项|total:合计|pb:header|sc:filled::seq": "seq-after-page-break",
  "#63 L2|merged|gp:none|ip:text分|code:none/A1|noseq|rub:plain|x:none|total:总分|pb:none|sc:filled::code": "letter-codes",
  "#64 L2|merged|gp:column|ip:text|code:一、/①|noseq|rub:awards+deduct|x:扣分项|total:none|pb:group|sc:filled::clean": "page-break-group",
  "#65 L3|merged|gp:label(10分)|ip:number|code:none/1./1、|noseq|rub:none|x:none|total:合计|pb:none|sc:filled::score-over": "header-words",
  "#74 L3|merged|gp:both(10)|ip:number|code:1./(一)/none|seq|rub:graded|x:none|total:none|pb:none|sc:filled::group-points": "bare-label-beside-column",
  "#76 L2|filled|gp:none|ip:number|code:一、/(1)|seq|rub:graded+plain|x:扣分项|total:总分|pb:header|sc:blank::seq": "seq-after-page-break",
  "#79 L2|merged|gp:none|ip:number|code:1./none|seq|rub:none|x:加分项|total:none|pb:header|sc:filled::seq": "seq-after-page-break",
  "#80 L2|merged|gp:label(10)|ip:text|code:一、/(1)|noseq|rub:none|x:附加分|total:none|pb:group|sc:none::clean": "page-break-group",
  "#81 L2row|merged|gp:label(10分)|ip:text|code:1./①|seq|rub:awards+graded+deduct|x:加分项|total:合计|pb:group|sc:filled::clean": "page-break-group",
  "#84 L2row|unmerged|gp:column|ip:text|code:none/1.|noseq|rub:none|x:加分项|total:总分|pb:group|sc:none::clean": "page-break-group",
  "#84 L2row|unmerged|gp:column|ip:text|code:none/1.|noseq|rub:none|x:加分项|total:总分|pb:group|sc:none::group-points": "page-break-group",
  "#88 L2|unmerged|gp:label10分|ip:text分|code:1./none|seq|rub:none|x:none|total:总分|pb:header|sc:none::seq": "seq-after-page-break",
  "#89 L3row|merged|gp:label【10分】|ip:text|code:none/1、/(1)|noseq|rub:none|x:附加分|total:none|pb:none|sc:blank::family": "header-words",
  "#89 L3row|merged|gp:label【10分】|ip:text|code:none/1、/(1)|noseq|rub:none|x:附加分|total:none|pb:none|sc:blank::group-points": "header-words",
  "#89 L3row|merged|gp:label【10分】|ip:text|code:none/1、/(1)|noseq|rub:none|x:附加分|total:none|pb:none|sc:blank::item-weight": "header-words",
  "#92 L2|filled|gp:both10分|ip:number|code:none/(1)|seq|rub:graded+deduct+plain|x:附加分|total:none|pb:header|sc:none::seq": "seq-after-page-break",
  "#94 L3|merged|gp:none|ip:number|code:1./none/A1|seq|rub:awards+graded+plain|x:加分项|total:合计|pb:none|sc:none::code": "header-words",
  "#94 L3|merged|gp:none|ip:number|code:1./none/A1|seq|rub:awards+graded+plain|x:加分项|total:合计|pb:none|sc:none::family": "header-words",
  "#94 L3|merged|gp:none|ip:number|code:1./none/A1|seq|rub:awards+graded+plain|x:加分项|total:合计|pb:none|sc:none::rubric-award": "header-words",
  "#95 L2|unmerged|gp:none|ip:number|code:1./(1)|seq|rub:none|x:none|total:none|pb:header|sc:none::seq": "seq-after-page-break",
  "#106 L3row|filled|gp:none|ip:text|code:1./(一)/①|noseq|rub:graded|x:none|total:合计|pb:none|sc:blank::code": "filled-group-codes",
  "#108 L2|unmerged|gp:label(10)|ip:text|code:一、/none|seq|rub:awards+graded+deduct|x:none|total:合计|pb:header|sc:filled::seq": "seq-after-page-break",
  "#112 L2|filled|gp:label(10分)|ip:text分|code:(一)/none|noseq|rub:awards+deduct+plain|x:none|total:总分|pb:group|sc:filled::clean": "page-break-group",
  "#114 L2row|merged|gp:none|ip:number|code:(一)/none|noseq|rub:graded|x:none|total:总分|pb:none|sc:filled::family": "header-words",
  "#114 L2row|merged|gp:none|ip:number|code:(一)/none|noseq|rub:graded|x:none|total:总分|pb:none|sc:filled::item-weight": "header-words",
  "#114 L2row|merged|gp:none|ip:number|code:(一)/none|noseq|rub:graded|x:none|total:总分|pb:none|sc:filled::score-over": "header-words",
  "#114 L2row|merged|gp:none|ip:number|code:(一)/none|noseq|rub:graded|x:none|total:总分|pb:none|sc:filled::score-total": "header-words",
  "#114 L2row|merged|gp:none|ip:number|code:(一)/none|noseq|rub:graded|x:none|total:总分|pb:none|sc:filled::total-weight": "header-words",
  "#115 L2row|filled|gp:both10分|ip:number|code:none/(1)|seq|rub:awards|x:加分项|total:总分|pb:group|sc:blank::clean": "page-break-group",
  "#117 L2|merged|gp:none|ip:number|code:none/1、|seq|rub:graded+plain|x:none|total:none|pb:group|sc:none::code": "page-break-group",
  "#120 L3|merged|gp:label(10分)|ip:text分|code:1./none/①|seq|rub:awards+graded|x:加分项|total:none|pb:none|sc:blank::code": "seq-column-hides-label-codes",
  "#120 L3|merged|gp:label(10分)|ip:text分|code:1./none/①|seq|rub:awards+graded|x:加分项|total:none|pb:none|sc:blank::item-weight": "header-words",
  "#120 L3|merged|gp:label(10分)|ip:text分|code:1./none/①|seq|rub:awards+graded|x:加分项|total:none|pb:none|sc:blank::rubric-award": "header-words",
  "#121 L2|merged|gp:both【10分】|ip:text|code:一、/none|noseq|rub:awards+deduct+plain|x:none|total:none|pb:group|sc:blank::clean": "page-break-group",
  "#128 L2row|merged|gp:column|ip:text分|code:(一)/none|seq|rub:none|x:附加分|total:合计|pb:group|sc:blank::clean": "page-break-group",
};

describe("generated rule sheets", () => {
  beforeAll(() => {
    for (const { id, b } of built) outcomes.push(...run(b, id));
    reportFailing(outcomes, "GEN_RULES_REPORT");
  });

  knownGapTests(outcomes, KNOWN, "every consistent rule sheet is clean and every slip is found");

  test("every slip kind is injected on many sheets", () => {
    const byKind = new Map<string, number>();
    for (const o of outcomes) byKind.set(o.kind, (byKind.get(o.kind) ?? 0) + 1);
    for (const k of ["family", "clean", "item-weight", "group-points", "total-weight", "code", "seq", "score-over", "rubric-award"]) expect(byKind.get(k) ?? 0).toBeGreaterThanOrEqual(CASES / 16);
  });
});
