import { Grid } from "../../src/core/grid/grid";
import { FirstCharGate, firstChars, mayStartIn, patternAutomaton } from "../../src/core/grid/pattern-gate";
import type { Relation } from "../../src/core/model/types";
import { review } from "../../src/core/review";
import { isClosingRow } from "../../src/core/recognise/table-closing";
import * as vocabulary from "../../src/core/recognise/vocabulary";
import { CLOSING_ROW, GRADE_IN_CELL, GRADE_LABEL, REVIEW_SIGN_OFF, SIGN_OFF_UNIT, SUBTOTAL_LABEL } from "../../src/core/recognise/vocabulary";

/**
 * speed55 (session 55; test/fixtures/real/speed55-s55-diagnosis.md).
 *
 * 1. A per-text gate from a pattern alone (pattern-gate.ts firstChars / mayStartIn): the characters any match of the
 *    pattern starts with. A text holding none of them has no match anywhere in it, so the test of the pattern is not
 *    run. isClosingRow asks it (FirstCharGate) before its five patterns of each line's first text: an indicator's name
 *    ('指标12', '培训人数') holds none of their first characters.
 * 2. Relations inside and beside an indicator table that every speed change must leave read: an amount block above
 *    the table's head, a 偏差原因 sentence with a sum inside it, a 其中 line of funds among its indicators.
 */
describe("speed55: firstChars / mayStartIn", () => {
  test.each([
    // (anchored alternatives: their first characters)
    [/^(合计|总分)$/, "合计", true],
    [/^(合计|总分)$/, "总分", true],
    [/^(合计|总分)$/, "指标12", false],
    [/^(合计|总分)$/, "", false],
    // (a match anywhere: any character of the text is asked, not only its first)
    [/合计/, "项目合计", true],
    [/\d+分/, "得分", false],
    [/\d+分/, "得3分", true],
  ])("%p in %p: %p", (re, t, may) => {
    expect(mayStartIn(firstChars(re), t)).toBe(may);
  });

  test.each([
    // may start with any character ('.', a negated class, \s), or be empty, or is not read (flag i): no gate
    [/.分/],
    [/[^a]b/],
    [/\s合计/],
    [/a*/],
    [/(?:)/],
    [/合计/i],
  ])("no gate for %p", (re) => {
    expect(firstChars(re)).toBeNull();
    expect(mayStartIn(null, "指标1")).toBe(true);
  });

  // (read from the pattern's tree, no automaton made: the same characters as the automaton's first positions, for every
  // pattern of the vocabulary)
  const patterns0 = Object.entries(vocabulary).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);
  test.each(patterns0)("the automaton's first characters: %s", (_, re) => {
    const a = patternAutomaton(re);
    const sets = a === null || a.nullable ? null : a.first.map((p) => a.sets[p]);
    const want = sets === null || sets.some((s) => s === null) ? null : [...new Set(sets.flatMap((s) => s!))].sort((x, y) => x - y);
    const f = firstChars(re);
    const got = f === null ? null : Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => (f[c >>> 5] & (1 << (c & 31))) !== 0);
    expect(got).toEqual(want);
  });

  test("FirstCharGate: every text admitted until it has been asked 1,024 times, then mayStartIn's answers", () => {
    const g = new FirstCharGate(/^(合计|总分)$/);
    for (let k = 1; k < 1024; k++) expect(g.admits("指标12")).toBe(true);
    expect(["合计", "指标12", "项目总分"].map((t) => g.admits(t))).toEqual([true, false, true]);
    const any = new FirstCharGate(/.分/);
    for (let k = 0; k < 1100; k++) any.admits("x");
    expect(any.admits("指标12")).toBe(true);
  });

  test("a union: any of the patterns' first characters", () => {
    const f = firstChars(/^合计$/, /^总分$/);
    expect(["合计", "总分", "合", "分"].map((t) => mayStartIn(f, t))).toEqual([true, true, true, false]);
    expect(firstChars(/^合计$/, /.x/)).toBeNull();
  });

  // (the gate never refutes a text a pattern matches: every closing and subtotal pattern, texts that match and texts that do not)
  const texts = ["总分", "合计", "合计:", "小计", "得分小计", "评价等级:优", "等级", "自评结论", "填报单位(盖章):", "审核意见", "注:", "说明:", "一、", "指标1", "培训人数", "达成年度指标", "≥95%", "产出指标", "数量指标", "偏差原因分析", "100", ""];
  const patterns = [CLOSING_ROW, GRADE_IN_CELL, GRADE_LABEL, SIGN_OFF_UNIT, REVIEW_SIGN_OFF, SUBTOTAL_LABEL];
  test.each(patterns.map((p) => [p.source.slice(0, 40), p] as const))("never refutes a match: %s", (_, re) => {
    const f = firstChars(re);
    expect(f).not.toBeNull();
    for (const t of texts) if (re.test(t)) expect(mayStartIn(f, t)).toBe(true);
  });
  test("names refuted by every closing pattern at once, and names that are still tested", () => {
    const f = firstChars(CLOSING_ROW, GRADE_IN_CELL, GRADE_LABEL, SIGN_OFF_UNIT, REVIEW_SIGN_OFF);
    expect(["指标1", "培训人数", "受益人数", "植树数量"].map((t) => mayStartIn(f, t))).toEqual([false, false, false, false]);
    // (二 may open '二、', 年 a blank date '年 月 日', 合 '合计', 验 '验收意见', 备 '备注')
    expect(["二级0", "达成年度指标", "验收合格率", "设备台数"].map((t) => mayStartIn(f, t))).toEqual([true, true, true, true]);
  });
});

describe("speed55: isClosingRow with the gate", () => {
  const grid = Grid.fromValues(
    "Sheet1",
    [
      ["一级指标", "三级指标", "分值", "得分"],
      ["产出指标", "指标1", 50, 45],
      ["产出指标", "培训人数", 50, 50],
      ["总分", "", 100, 95],
      // (a key of the grades' bands opened by a short label none of the five patterns can start: still a closing line,
      // read by gradeBandLine)
      ["档次", "90分以上优秀", "60-89分合格", "60分以下不合格"],
      ["评价等级:优", "", "", ""],
    ],
    [],
  );
  test.each([
    [2, false],
    [3, false],
    [4, true],
    [5, true],
    [6, true],
  ])("line %p closes: %p", (r, closes) => expect(isClosingRow(grid, r)).toBe(closes));
});

describe("speed55: relations inside and beside an indicator table stay read", () => {
  type C = string | number | null;
  /** a 项目支出绩效自评表: its 项目资金 block above the head, nine indicators, a 偏差原因 sentence and a 其中 line among them */
  const sheet = (o: { budgetParts: [number, number]; sentence: [number, number, number]; fundParts: [number, number] }): C[][] => [
    ["项目支出绩效自评表"],
    ["项目名称", "测试项目"],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", 1000, 1000, 950, 10, 0.95, 9.5],
    ["", "其中:本年财政拨款", o.budgetParts[0], o.budgetParts[0], 760, "—", 0.95, "—"],
    ["", "其他资金", o.budgetParts[1], o.budgetParts[1], 190, "—", 190 / o.budgetParts[1], "—"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["", "产出指标", "数量指标", "培训人数", "≥50人", 50, 15, 15, ""],
    ["", "产出指标", "数量指标", "设备台数", "≥10台", 10, 15, 15, ""],
    ["", "产出指标", "质量指标", "验收合格率", "≥95%", "96%", 10, 10, ""],
    ["", "产出指标", "成本指标", "项目总成本", "≤1000万元", "950万元", 10, 10, `项目共投入资金${o.sentence[0]}万元，其中设备购置${o.sentence[1]}万元，人员培训${o.sentence[2]}万元。`],
    ["", "产出指标", "成本指标", "年度预算资金总额", "100万元", "100万元", 5, 5, ""],
    ["", "产出指标", "成本指标", "其中:中央补助", `${o.fundParts[0]}万元`, `${o.fundParts[0]}万元`, 0, 0, ""],
    ["", "产出指标", "成本指标", "市级资金", `${o.fundParts[1]}万元`, `${o.fundParts[1]}万元`, 0, 0, ""],
    ["", "效益指标", "社会效益指标", "受益人数", "≥500人", 520, 20, 20, ""],
    ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 20, 20, ""],
    ["总分", "", "", "", "", "", 100, 100],
  ];
  const run = (o: Parameters<typeof sheet>[0]) => review(Grid.fromValues("自评表", sheet(o), []), "national");
  const sumAt = (rels: Relation[], cell: string) => {
    const r = rels.find((x) => x.kind === "sum" && x.total.cell === cell);
    return r && r.kind === "sum" ? `${r.total.value}|${r.parts.map((p) => p.value).join("+")}` : null;
  };
  const mismatches = (o: Parameters<typeof sheet>[0]) => run(o).findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);

  test("the slips: 1000 ≠ 800 + 150 (above the head), 100 < 60 + 50 (a 偏差原因 sentence), 100 ≠ 60 + 50 (a 其中 line in the table)", () => {
    const r = run({ budgetParts: [800, 150], sentence: [100, 60, 50], fundParts: [60, 50] });
    const rels = r.model.relations;
    // the 项目资金 block above the head: C4 = C5 + C6, D4 = D5 + D6
    expect(sumAt(rels, "C4")).toBe("1000|800+150");
    expect(sumAt(rels, "D4")).toBe("1000|800+150");
    // the sentence in the 偏差原因 column of an indicator's line: 100万元 over its 其中 parts
    expect(rels.some((x) => x.kind === "sum" && x.total.cell === "I11" && x.parts.map((p) => p.value).join("+") === "60+50")).toBe(true);
    // the fund line inside the table, its 其中 parts on the lines under it: E12 = E13 + E14
    expect(sumAt(rels, "E12")).toBe("100|60+50");
    expect(mismatches({ budgetParts: [800, 150], sentence: [100, 60, 50], fundParts: [60, 50] })).toEqual(expect.arrayContaining(["C4", "D4", "I11", "E12"]));
  });

  test("the same sheet adding up: 1000 = 800 + 200, 100 ≥ 60 + 40, 100 = 60 + 40 — none of those cells flagged", () => {
    const cells = mismatches({ budgetParts: [800, 200], sentence: [100, 60, 40], fundParts: [60, 40] });
    for (const c of ["C4", "D4", "I11", "E12"]) expect(cells).not.toContain(c);
  });
});
