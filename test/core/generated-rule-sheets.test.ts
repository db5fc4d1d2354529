import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";
import { GeneratedOutcome, knownGapTests, mulberry32, reportFailing, seedsWithPinned } from "../helpers";
import { buildRuleSheet, BuiltRuleSheet, sampleRuleSpec } from "./generated-rule-sheets";

/**
 * Generated rule sheets (generated-rule-sheets.ts): CASES seeded 考核评分表 / 考核细则 / 评估评分表 / 验收评分标准 with 2 or 3
 * label levels (the top one in a column or as a label row across the table), group cells merged, unmerged or filled
 * down, a group's points in its label ((10分) （10分） 10分 (10) 【10分】), in a 分值 column beside it, both or unstated, an
 * item's points as 10 / '10' / '10分', codes 一、 (一) 1. 1、 (1) ① A1 or none on each level, a 序号 column, a 评分标准 column
 * whose rules award parts adding up to the item, graded alternatives (优/良/中) or deductions (扣…扣完为止), a 加分项 /
 * 附加分 / 扣分项 block outside the 100, a 合计 / 总分 line, a page break repeating the header line (and a group label),
 * no score column, a blank one or scores filled in, titles and sheet names with 考核 / 评估 / 验收 / 细则; and, drawn after
 * those (an earlier seed's sheet and key unchanged), a side column on the right (备注 / 说明 / 考核方式 / 考核办法 / 责任单位 /
 * 牵头单位 / 数据来源 / 佐证材料) with text on some items' lines, on the groups' lines (a label line across the table, a cell
 * merged down a group) or both, or page numbers in a 备注; an empty column between the items' names and their points;
 * counts inside the items' names (开展3次专项督查检查); every merge of the sheet undone; and, drawn after all of those
 * (eng26a), a 说明 / 填表说明 preamble of text lines between the title and the header and 注： lines after the table (one cell
 * or one line each); several score columns (自评得分 | 初审得分 | 复审得分, 镇街初审得分 | 区评审得分, 单位自评 | 部门初审 |
 * 考核组复核: two filled, the third blank); the points headed 权重(%) (items' shares as 10 or '10%', the 合计 100%) / 权重 /
 * 标准分值 / 满分; the score columns left of the points; a two-line header (考评内容 / 考核指标 / 评价指标 over the level words,
 * 一级要素 | 二级要素 among them, the other heads merged down both lines); 扣分说明 | 扣分 before the 得分 (得分 = 分值 − 扣分);
 * no 分值 column, each item's points only in its rule ("(5分)…", "5分。…", "满分5分，…", "…（5分）"), the groups' in their
 * labels, no 合计; four label levels with points at every level (一级要素 … 四级要素, 一级指标 … 四级指标).
 * Each sheet is consistent by construction: it is read as a rule sheet (indicator-system or assessment) and its review
 * has no error or warning. Then each injected slip (an item's
 * points raised, a group's points lowered, the 100 changed, an item code or a 序号 skipped, a score above its points,
 * a wrong score total, the same two in a second score column, a 扣分 its line's 得分 does not follow) must be found by its
 * rule at its cell (error or warning); an award raised in a rule's text by
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

/**
 * Seeds past the CI count, run at every count: each failed at a larger one and its cause was fixed (eng29a: a section
 * line stating its points bare after its heading's number, "一、组织领导(39)" over 1.机构设置(20) … #580 #780; numbered
 * lines under a parent stating its points in its label and its 分值 (一、组织领导44分 | 44), its parts even where they add
 * up to more #412; a header printed again among items whose rules close with their points #709; a group's
 * line printed again at a page break over its (1)(2) parts #432 #560, with a blank column left of the table #546; a
 * filled-down label run cut by the repeated header #548; a group's points beside the same label after the break #755; a
 * two-line header repeated without merges read as a second table #664; a label line's 分值 read as filled down onto an
 * item of the same points #738 #301; eng30a: a 扣分 column holding one number only, that line's slip, the blank lines
 * beside full points its only evidence #226; no 分值 column, the items' points in their rules: numbered section lines
 * across the table stating theirs in their labels ("一、组织领导(28分)") read as one-line groups and as items #314, and a
 * ladder 项目 | 具体内容 over rules opening with their points ("(8分)…") not read, the groups read as the items #350;
 * eng31a: one points word twice, each right of a name column (类别 | 分数 | 项目 | 分数), the second read as the points
 * given where an item's raised points broke its group's sum #692 #747; 项目 | 考核标准 | 评估得分 over rules closing with
 * their points under label lines stating theirs, read as no table #749; a two-line header with its merges undone, its
 * upper line read as another table's header, the table as cut and its 总分's 权重 unchecked #571 (and #122); the top level
 * as uncoded label lines with bare points, merges undone (组织领导(51) over (一)机构设置(26) …), read as siblings of the
 * groups under them #693; over one name column, numbered headings stating their points alone on their lines, merges
 * undone ((一)组织领导(24分) over 1.… | 8分。…), read as items beside the items #679; a group's points bare in its label and in its 分值, the label's lowered, compared
 * with nothing #517). Seeds that still fail and are listed in KNOWN are pinned too, so their entries are checked at every
 * count (#543).
 */
const PINNED = [226, 301, 314, 350, 412, 432, 517, 543, 546, 548, 560, 571, 580, 664, 679, 692, 693, 709, 738, 747, 749, 755, 780];

const built: { id: string; b: BuiltRuleSheet }[] = [];
for (const n of seedsWithPinned(CASES, PINNED)) {
  const b = buildRuleSheet(sampleRuleSpec(mulberry32(n - 1 + 2001)), n);
  built.push({ id: `#${n} ${b.key}`, b });
}
const outcomes: Outcome[] = [];

/** What the engine still gets wrong on these sheets, by cause. */
const CAUSES = {
  "closing-points-slip":
    "no 分值 column, each item's points closing its rule (\"…（6分）\"), the groups' bare in their labels (组织领导(45)): the closing points are read where the sheet bears them out — groups stating their points (…(45分)) that add up, or every line's adding up to 100 — and one raised breaks the 100 while bare labels bear nothing out, so none is read and the slip goes unreported (#709, eng29a; #543 the same with a 序号 column and label lines across the table)",
  "bare-label-points":
    "a group's points stated twice, bare in its label and in the 分值 column (组织领导(83) | 83), the label's lowered to (80): a bare bracketed number in a label line read as a group by its 分值 (pointed-label-lines.ts) is not read as points, so the two are not compared (eng29a). Since eng31a a bare number is read as the label's points where the other label lines bear it out (their bare numbers their 分值, two at least: #517 fixed); #738 has two label lines only, one of them slipped, so one agreeing line is too little",
  "two-groups-one-slip":
    "label lines 组织领导 | 80 over (1)(2)(3) items and 制度建设 | 20 over one, two groups only (#432, with or without its page break): a slip in one group leaves one group adding up, too little to read the lines as groups (pointed-label-lines.ts asks two), and (1)(2)(3) over their parent's points are no sub-items — the slip goes unreported (eng29a)",
} as const;

/** `#seed layout::kind` → its cause in CAUSES (each must keep failing; delete an entry when it is fixed) */
const KNOWN: Record<string, keyof typeof CAUSES> = {
  "#432 L2row|merged|gp:column|ip:text分|code:none/(1)|noseq|rub:awards+deduct|x:附加分|total:none|pb:group|sc:filled|side:备注/groups::item-weight": "two-groups-one-slip",
  "#432 L2row|merged|gp:column|ip:text分|code:none/(1)|noseq|rub:awards+deduct|x:附加分|total:none|pb:group|sc:filled|side:备注/groups::group-points": "two-groups-one-slip",
  "#738 L2row|unmerged|gp:both(10)|ip:text|code:none/1、|noseq|rub:graded|x:none|total:总分|pb:group|sc:filled|side:佐证材料/both::group-points": "bare-label-points",
  "#709 L3|merged|gp:label(10)|ip:text分|code:none/1、/1.|seq|rub:awards|x:none|total:none|pb:group|sc:filled|side:考核方式/items|inrule:后（5分）::item-weight": "closing-points-slip",
  "#543 L2row|unmerged|gp:label(10)|ip:text分|code:(一)/①|seq|rub:awards+graded+plain|x:附加分|total:none|pb:none|sc:filled|inrule:后（5分）::item-weight": "closing-points-slip",
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
