import { Grid } from "../../src/core/grid/grid";
import { withJoinedHeads } from "../../src/core/recognise/split-heads";
import { mentions } from "../../src/core/recognise/sheet-summary";
import { fundSourceLines } from "../../src/core/recognise/fund-source-line";
import { findNotedWeights } from "../../src/core/recognise/table-closing";
import { columnTotals } from "../../src/core/relations/merged";
import { SOURCE_LABEL } from "../../src/core/recognise/vocabulary";

/**
 * speed47: readers gated on what the sheet says, each gate a necessary condition of its reader (no sheet it would read is
 * skipped). withJoinedHeads finds first the lines a split header may start on (two columns of halves over halves on one
 * span, one join reading a header word) and reads no line's words past the last; fundSourceLines, columnTotals and
 * findNotedWeights return at once where no text cell holds their vocabulary (sheet-summary.ts mentions, Grid.hasText).
 * Each shape below is read as before by the gated reader (its pair, its lines, its relation), and a near shape that is
 * not one is still not read.
 */

type Row = (string | number | null)[];
const grid = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
/** the text of each cell of a line, the merged tails shown as · */
const line = (g: Grid, r: number) => Array.from({ length: g.colCount }, (_, k) => (g.ownsCell(r, k + 1) ? g.compactText(r, k + 1) : "·"));

const RUBRIC_LINES: Row[] = [
  [1, "决策", "项目立项", "立项依据充分性", 10, "依据充分得10分，否则每项扣2分", 9],
  [2, "过程", "资金管理", "资金到位率", 20, "到位率×分值", 18],
  [3, "产出", "产出数量", "任务完成率", 30, "按完成比例计分", 30],
  [4, "效益", "社会效益", "群众满意度", 40, "满意度≥90%得满分，每低1%扣1分", 36],
  ["合计", null, null, null, 100, null, 93],
];
const SPLIT_TOP: Row = ["序号", "一级", "二级", "三级", "分值", "评分", "得分"];
const SPLIT_BOTTOM: Row = [null, "指标", "指标", "指标", null, "标准", null];
const JOINED = ["序号", "一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"];

describe("withJoinedHeads: the pair found where it stands, past the lines that can start none", () => {
  test("a split header on the first lines", () => {
    const g = withJoinedHeads(grid([SPLIT_TOP, SPLIT_BOTTOM, ...RUBRIC_LINES], ["A1:A2", "E1:E2", "G1:G2"]));
    expect(g).not.toBeNull();
    expect(line(g!, 1)).toEqual(JOINED);
  });

  test("under a title and a line of fields (the pair on lines 4 and 5)", () => {
    const rows: Row[] = [["某县2023年度项目支出绩效评价评分表"], ["项目名称:", "乡村道路", null, "主管部门:", "交通局"], [], SPLIT_TOP, SPLIT_BOTTOM, ...RUBRIC_LINES];
    const g = withJoinedHeads(grid(rows, ["A1:G1", "A4:A5", "E4:E5", "G4:G5"]));
    expect(g).not.toBeNull();
    expect(line(g!, 4)).toEqual(JOINED);
    expect(line(g!, 5)).toEqual(JOINED.map(() => "·"));
  });

  test("under a fund block's header of its own (three words alone): the second header is the pair", () => {
    const rows: Row[] = [
      ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
      ["财政拨款", 100, 100, 90, 0.9, 10, 9],
      [],
      SPLIT_TOP,
      SPLIT_BOTTOM,
      ...RUBRIC_LINES,
    ];
    const g = withJoinedHeads(grid(rows, ["A4:A5", "E4:E5", "G4:G5"]));
    expect(g).not.toBeNull();
    expect(line(g!, 4)).toEqual(JOINED);
  });

  test("traditional characters (一級 over 指標, read compact as 一级指标) and the columns in another order", () => {
    const top: Row = ["序號", "分值", "一級", "二級", "三級", "得分", "評分"];
    const bottom: Row = [null, null, "指標", "指標", "指標", null, "標準"];
    const lines: Row[] = RUBRIC_LINES.map((r) => [r[0], r[4], r[1], r[2], r[3], r[6], r[5]]);
    const g = withJoinedHeads(grid([top, bottom, ...lines], ["A1:A2", "B1:B2", "F1:F2"]));
    expect(g).not.toBeNull();
    expect(line(g!, 1)).toEqual(["序号", "分值", "一级指标", "二级指标", "三级指标", "得分", "评分标准"]);
  });

  test("past a preamble of 15 lines with no header (the pair looked for ahead): the pair on lines 16 and 17", () => {
    const preamble: Row[] = Array.from({ length: 15 }, (_, k) => [`${k + 1}. 本项目第${k + 1}项说明：资金按进度拨付，详见附件。`]);
    const g = withJoinedHeads(grid([...preamble, SPLIT_TOP, SPLIT_BOTTOM, ...RUBRIC_LINES], ["A16:A17", "E16:E17", "G16:G17"]));
    expect(g).not.toBeNull();
    expect(line(g!, 16)).toEqual(JOINED);
  });

  test("a list of 60 units with three columns and no header word over two lines: none", () => {
    const rows: Row[] = [["单位名称", "得分", "等次"], ...Array.from({ length: 60 }, (_, k): Row => [`第${k + 1}镇`, 80 + (k % 20), k % 2 ? "良" : "优"])];
    expect(withJoinedHeads(grid(rows))).toBeNull();
  });

  test("near shapes, no pair: the header on one line, a title over its second line, a list of two columns, prose", () => {
    expect(withJoinedHeads(grid([JOINED, ...RUBRIC_LINES]))).toBeNull();
    expect(withJoinedHeads(grid([["某县2023年度"], ["项目支出绩效评价评分细则"], JOINED, ...RUBRIC_LINES]))).toBeNull();
    expect(withJoinedHeads(grid([["单位", "得分"], ["甲镇", 90], ["乙镇", 85], ["丙镇", 80]]))).toBeNull();
    expect(withJoinedHeads(grid([["一、项目基本情况"], ["该项目于2023年实施，下达资金100万元。"], ["二、绩效目标完成情况"], ["完成率100%。"]]))).toBeNull();
    // (halves over halves in two columns whose joins read no header word: 张三 over 李四)
    expect(withJoinedHeads(grid([["张三", "王五", "甲"], ["李四", "赵六", "乙"], ["1", "2", "3"]]))).toBeNull();
  });
});

describe("mentions: some text cell matches the pattern, asked once per grid", () => {
  const sheets = [
    grid([["资金来源(万元)", "财政拨款", "非税安排", "上年结转"], [null, 36, 0, 0]], ["A1:A2"]),
    grid([["財政撥款", "其他資金"], [1, 2]]),
    grid([["财政拨款资金说明"], ["本项目资金来源为财政拨款与自筹"]]),
    grid([["合计"], [null]], ["A1:A2"]),
    grid([["总 分", 100]]),
    grid([["项目", "分值"], ["产出", 50]]),
  ];
  const perCell = (g: Grid, re: RegExp) => {
    for (let r = 1; r <= g.rowCount; r++) for (let c = 1; c <= g.colCount; c++) if (g.ownsCell(r, c) && g.compactText(r, c) && re.test(g.compactText(r, c))) return true;
    return false;
  };
  const patterns = [SOURCE_LABEL, /^(合计|总计|总分)[:：]?$/, /设置为/, /^分值$/, /拨款/];
  test.each(patterns.map((p) => [p.source.slice(0, 24), p] as const))("%s: equal to a test of every cell", (_, re) => {
    for (const g of sheets) expect(mentions(g, re)).toBe(perCell(g, re));
  });
  test("the anchored pattern asked of whole texts: 财政拨款 alone and 財政撥款 (traditional) read, a sentence holding it does not", () => {
    expect(sheets.map((g) => mentions(g, SOURCE_LABEL))).toEqual([true, true, false, false, false, false]);
  });
});

describe("the gated readers read their shapes as before", () => {
  const FORM: Row[] = [
    ["项目名称", "乡村道路硬化", null, "主管部门", "交通局"],
    ["预算金额(万元)", 36, null, null, null],
    ["资金来源(万元)", "财政拨款", "非税安排", "上年结转", "其他"],
    [null, 30, 2, 4, 0],
    ["绩效目标", "完成道路硬化10公里", null, null, null],
  ];
  test("fundSourceLines: a line of sources over its amounts against the stated 预算金额 (36 = 30 + 2 + 4 + 0)", () => {
    const rel = fundSourceLines(grid(FORM, ["A3:A4"]), null);
    expect(rel.map((r) => [r.total.cell, r.total.value, r.parts.map((p) => p.value)])).toEqual([["B2", 36, [30, 2, 4, 0]]]);
  });
  test("fundSourceLines: the same form with its sources named in other words (资金一 | 资金二 …) reads none", () => {
    const rows = FORM.map((r, k) => (k === 2 ? ["资金来源(万元)", "资金一", "资金二", "资金三", "资金四"] : r));
    expect(fundSourceLines(grid(rows, ["A3:A4"]), null)).toEqual([]);
  });
  test("findNotedWeights: a note setting the groups' points, and none without it", () => {
    const g = grid([["说明：分值设置为:产出指标50分、效益指标30分、满意度指标20分。"], ["一级指标", "分值"]]);
    expect(findNotedWeights(g, 1).map((w) => [w.name, w.weight])).toEqual([["产出指标", 50], ["效益指标", 30], ["满意度指标", 20]]);
    expect(findNotedWeights(grid([["说明：产出指标50分、效益指标30分。"], ["一级指标", "分值"]]), 1)).toEqual([]);
  });
  test("columnTotals: a 合计 line closing a points column (100 = 10 + 20 + 30 + 40); none where no line is closed", () => {
    const rows: Row[] = [["序号", "指标", "分值"], [1, "甲", 10], [2, "乙", 20], [3, "丙", 30], [4, "丁", 40], ["合计", null, 100]];
    const found = columnTotals(grid(rows, ["A6:B6"]));
    expect(found.map((r) => [r.total.cell, r.total.value, r.parts.map((p) => p.value)])).toEqual([["C6", 100, [10, 20, 30, 40]]]);
    expect(columnTotals(grid(rows.slice(0, 5)))).toEqual([]);
  });
});
