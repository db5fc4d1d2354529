import { Grid } from "../../src/core/grid/grid";
import type { Relation } from "../../src/core/model/types";
import { review } from "../../src/core/review";

/**
 * A fund block exported with its merges filled (取消合并并填充): an amount or a fund line merged across is written in
 * each of its cells, a block's label merged down beside its lines on each line. The copies are one cell, read once at
 * the first (cells.ts copiesLeft, copiesAbove, columnCopiesLeft): an inline fund line and a multi-line breakdown
 * (budget.ts findLabelledFundSums, multiLineBreakdowns), a fund total's further columns (furtherAmountColumns), a
 * closing 合计's columns (blocks.ts closingTotals), a numbered fund list (numbered-funds.ts entryOf) and a block's label
 * merged down over its lines and their unlabelled subtotal (block-subtotals.ts filledDownLabels). Each shape is
 * read merged and filled (the same sums), beside a near miss — different words or different amounts in the columns —
 * that is read column by column as before.
 */
type Row = (string | number | null)[];
const sheet = (rows: Row[], merges: string[] = []) => new Grid({ name: "Sheet1", cells: rows.map((r) => r.map((v) => (v === null ? null : { v }))), merges });
const sig = (r: Relation) => (r.kind === "sum" ? `${r.total.cell} ← ${r.parts.map((p) => p.cell).join(",")}` : r.kind);
const sums = (rows: Row[], merges: string[] = []) => review(sheet(rows, merges), "national").model.relations.filter((r) => r.measure === "amount").map(sig).sort();

const TITLE: Row = ["绩效目标表", null, null, null];
const HEAD: Row[] = [TITLE, ["项目名称", "农村学校改造补助资金", null, null], ["主管部门", "某区教育局", "执行单位", "某学校"]];
const TAIL: Row[] = [["总体目标", "年度目标", null, null], [null, "全面改善农村义务教育薄弱学校办学条件。", null, null]];
// 年度资金总额:16 over 其中:上级资金10 and 区级资金6, each line merged over B:D: 16 = 10 + 6
const INLINE: Row[] = [...HEAD, ["资金情况(万元)", "年度资金总额:16", null, null], [null, "其中:上级资金10", null, null], [null, "区级资金6", null, null], ...TAIL];
const INLINE_MERGES = ["A1:D1", "B2:D2", "A4:A6", "B4:D4", "B5:D5", "B6:D6", "B7:D7", "B8:D8"];
const INLINE_FILLED: Row[] = [
  ["绩效目标表", "绩效目标表", "绩效目标表", "绩效目标表"], ["项目名称", "农村学校改造补助资金", "农村学校改造补助资金", "农村学校改造补助资金"], HEAD[2],
  ["资金情况(万元)", "年度资金总额:16", "年度资金总额:16", "年度资金总额:16"], ["资金情况(万元)", "其中:上级资金10", "其中:上级资金10", "其中:上级资金10"], ["资金情况(万元)", "区级资金6", "区级资金6", "区级资金6"],
  ["总体目标", "年度目标", "年度目标", "年度目标"], ["总体目标", "全面改善农村义务教育薄弱学校办学条件。", "全面改善农村义务教育薄弱学校办学条件。", "全面改善农村义务教育薄弱学校办学条件。"],
];
// (near miss: two projects' inline lines side by side, 16 = 10 + 6 and 20 = 12 + 8: two sums)
const INLINE_TWO: Row[] = [...HEAD, ["资金情况(万元)", "年度资金总额:16", "年度资金总额:20", null], [null, "其中:上级资金10", "其中:上级资金12", null], [null, "区级资金6", "区级资金8", null], ...TAIL];

// 资金总额 | 3 over 其中:财政拨款数 | 3 and 其他资金 | 0, the amounts merged over D:F under 年初安排金额(万元)
const FURTHER: Row[] = [
  [...TITLE, null, null], ["项目名称", "再生资源回收", null, null, null, null],
  ["投入目标(万元)", "资金来源", null, "年初安排金额(万元)", null, null], [null, "资金总额", null, 3, null, null], [null, "其中:财政拨款数", null, 3, null, null], [null, "其他资金", null, 0, null, null],
  ["年度目标", "聘用人员1人,在岗率100%。", null, null, null, null],
];
const FURTHER_MERGES = ["A1:F1", "B2:F2", "A3:A6", "B3:C3", "B4:C4", "B5:C5", "B6:C6", "D3:F3", "D4:F4", "D5:F5", "D6:F6", "B7:F7"];
const fill = (rows: Row[], merges: string[]): Row[] => {
  const out = rows.map((r) => [...r]);
  for (const m of merges) {
    const g = sheet(rows, [m]).merges[0];
    for (let r = g.r1; r <= g.r2; r++) for (let c = g.c1; c <= g.c2; c++) out[r - 1][c - 1] = rows[g.r1 - 1][g.c1 - 1];
  }
  return out;
};
// (near miss: 年初安排金额 | 调整后预算数 | 执行数 over the same amounts, unmerged: three columns, three sums)
const FURTHER_THREE: Row[] = FURTHER.map((r, i) => (i === 2 ? ["投入目标(万元)", "资金来源", null, "年初安排金额(万元)", "调整后预算数", "执行数"] : i >= 3 && i <= 5 ? [r[0], r[1], null, r[3], r[3], r[3]] : r));

// 分配金额(万元) merged over D:F on every line and on the 合计: 854.3 = 500 + 54.3 + 300
const CLOSING: Row[] = [
  ["项目奖励资金分配表", null, null, null, null, null], ["序号", "单位名称", "项目名称", "分配金额(万元)", null, null],
  [1, "省卫生健康委", "健康产业博览会", 500, null, null], [2, "省贸促会", "创意设计推广周", 54.3, null, null], [3, "省林业局", "林草经济发展大会", 300, null, null], ["合计", null, null, 854.3, null, null],
];
const CLOSING_MERGES = ["A1:F1", "D2:F2", "D3:F3", "D4:F4", "D5:F5", "A6:C6", "D6:F6"];
// (near miss: 分配金额 | 下达金额 | 拨付金额 over equal amounts: three columns of their own)
const CLOSING_THREE: Row[] = CLOSING.map((r, i) => (i === 1 ? ["序号", "单位名称", "项目名称", "分配金额(万元)", "下达金额(万元)", "拨付金额(万元)"] : i >= 2 ? [r[0], r[1], r[2], r[3], r[3], r[3]] : r));

// (一)财政拨款小计 | 4 over 1、一般公共预算 | 3 and 2、政府性基金 | 1, the labels merged over B:D, 项目资金(万元) down A
const NUMBERED: Row[] = [
  ["项目名称", "麻风病防治", null, null, null], ["项目资金(万元)", "年度资金总额", null, null, "金额(万元)"],
  [null, "(一)财政拨款小计", null, null, 4], [null, "1、一般公共预算", null, null, 3], [null, "2、政府性基金", null, null, 1],
  [null, "(二)自有资金小计", null, null, 2], [null, "1、事业收入", null, null, 1.5], [null, "2、经营性收入", null, null, 0.5],
  ["总体目标", "年度目标", null, null, null],
];
const NUMBERED_MERGES = ["B1:E1", "A2:A8", "B2:D2", "B3:D3", "B4:D4", "B5:D5", "B6:D6", "B7:D7", "B8:D8", "B9:E9"];
// (near miss: a remark after a line's label, 见附表, is text after it: that line is no fund line, and its list no list)
const NUMBERED_NOTE: Row[] = fill(NUMBERED, NUMBERED_MERGES).map((r, i) => (i === 3 ? [r[0], r[1], "见附表", r[3], r[4]] : r));

describe("an amount or a fund line merged across, filled, is read once", () => {
  test.each([
    ["an inline fund line and its 其中 lines (年度资金总额:16 over B:D)", INLINE, INLINE_MERGES, INLINE_FILLED, ["B4 ← B5,B6"]],
    ["a fund total's amounts merged over further columns (年初安排金额 over D:F)", FURTHER, FURTHER_MERGES, fill(FURTHER, FURTHER_MERGES), ["D4 ← D5,D6"]],
    ["a closing 合计's amounts merged over further columns (分配金额 over D:F)", CLOSING, CLOSING_MERGES, fill(CLOSING, CLOSING_MERGES), ["D6 ← D3,D4,D5"]],
    ["a numbered fund list, its labels across and its block label down filled", NUMBERED, NUMBERED_MERGES, fill(NUMBERED, NUMBERED_MERGES), ["E3 ← E4,E5", "E6 ← E7,E8"]],
  ] as [string, Row[], string[], Row[], string[]][])("%s", (_, merged, merges, filled, expected) => {
    const a = sums(merged, merges);
    for (const x of expected) expect(a).toContain(x);
    expect(sums(filled)).toEqual(a);
  });
  test.each([
    ["two projects' inline lines side by side", INLINE_TWO, INLINE_MERGES.filter((m) => !/^B[4-6]/.test(m)), ["B4 ← B5,B6", "C4 ← C5,C6"]],
    ["年初安排金额 | 调整后预算数 | 执行数 over equal amounts", FURTHER_THREE, FURTHER_MERGES.filter((m) => !/^D/.test(m)), ["D4 ← D5,D6", "E4 ← E5,E6", "F4 ← F5,F6"]],
    ["分配金额 | 下达金额 | 拨付金额 over equal amounts", CLOSING_THREE, ["A1:F1", "A6:C6"], ["D6 ← D3,D4,D5", "E6 ← E3,E4,E5", "F6 ← F3,F4,F5"]],
  ] as [string, Row[], string[], string[]][])("near miss, %s: each column its own sum", (_, rows, merges, expected) => {
    const a = sums(rows, merges);
    for (const x of expected) expect(a).toContain(x);
  });
  test("near miss, a remark after a numbered line's label: (一) reads no list (its one line left), (二) still does", () => {
    const a = sums(NUMBERED_NOTE);
    expect(a).toContain("E6 ← E7,E8");
    expect(a).not.toContain("E3 ← E4,E5");
  });
});

// 县区 merged down over each county's relics and its subtotal line (amounts alone): 15 = 3 + 5 + 4 + 3, 9 = 5 + 4
const COUNTIES: Row[] = [
  ["文物保护专项资金安排表", null, null, null],
  ["县区", "文物名称", "项目内容", "金额(万元)"],
  ["仙游县", "城内林氏宗祠", "电气线路改造", 3], [null, "辉煌吴氏民居", "修缮工程", 5], [null, "象星岳王庙", "修缮工程", 4], [null, "罗峰白石院", "保养维护", 3], [null, null, null, 15],
  ["荔城区", "东阳御史第", "修缮工程", 5], [null, "东阳通礼祠", "保养维护", 4], [null, null, null, 9],
  ["合计", null, null, 24],
];
const COUNTIES_MERGES = ["A1:D1", "A3:A7", "A8:A10"];

describe("a block's label merged down over its lines, filled, is read as its merge", () => {
  test("县区 over the relics and the subtotal line: each subtotal over its block's lines, merged or filled", () => {
    const a = sums(COUNTIES, COUNTIES_MERGES);
    for (const x of ["D7 ← D3,D4,D5,D6", "D10 ← D8,D9"]) expect(a).toContain(x);
    expect(sums(fill(COUNTIES, COUNTIES_MERGES))).toEqual(a);
  });
  test("near miss: a different name on each line (a flat list, no block): no subtotal read", () => {
    const rows = fill(COUNTIES, COUNTIES_MERGES).map((r, i) => (i === 3 ? ["仙游", ...r.slice(1)] : i === 5 ? ["仙游县城", ...r.slice(1)] : r));
    expect(sums(rows)).not.toContain("D7 ← D3,D4,D5,D6");
  });
});
