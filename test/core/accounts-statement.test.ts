import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { repeatedSideStarts } from "../../src/core/recognise/repeated-sides";

/**
 * A department's accounts statement cut before its totals (永善县红十字会's 收入支出决算总表, 公开01表, graduated in session
 * 34): 收入 | 支出 over 项目 | 行次 | 金额 | 项目(按功能分类) | 行次 | 金额, a 栏次 line, then lines numbered 1 … in 行次 on
 * the 收入 side and 31 … on the 支出 side, most of them with no amount. Three readings, each with its counter-shape:
 * - it has a header (the lines are numbered on by one in 行次, an amount on one of them at least): not where the
 *   numbers skip, nor where no line has an amount; the header read is its top line, 收入 | 支出 over 项目 | 行次 | 金额
 *   (the corpus's convention for a header of several lines, real/README.md; 5 before session 37, the 项目 line);
 * - each side's items are numbered on their own (一、 … on the 支出 side too): a skip there is a code-sequence slip; a
 *   header naming a column twice without repeating a run of heads (项目 | 分值 | 项目说明) adds no side;
 * - under a page title naming the 部门整体支出绩效自评表 (the sheet's name), a sheet whose only table is headed as an
 *   accounts statement and reads as nothing of a self-evaluation is no dept-self-eval; the same page with a fund block
 *   (预算数 | 执行数 | 执行率) still is.
 */
type Row = string[];
const PREAMBLE: Row[] = [
  ["收入支出决算总表", "", "", "", "", ""],
  ["", "", "", "", "", "公开01表"],
  ["部门:某县红十字会", "", "", "", "", "金额单位:元"],
  ["收入", "", "", "支出", "", ""],
  ["项目", "行次", "金额", "项目(按功能分类)", "行次", "金额"],
  ["栏次", "", "1", "栏次", "", "2"],
];
const INCOME = ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、上级补助收入", "五、事业收入", "六、经营收入"];
const EXPENSE = ["一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出", "六、科学技术支出"];
const lines = (opts: { lineNo?: (k: number) => string; amount?: string; expense?: string[] } = {}): Row[] =>
  INCOME.map((name, k) => [
    name,
    opts.lineNo ? opts.lineNo(k) : String(k + 1),
    k === 0 ? (opts.amount ?? "1,640,204.92") : "",
    (opts.expense ?? EXPENSE)[k],
    opts.lineNo ? String(30 + Number(opts.lineNo(k))) : String(31 + k),
    k === 4 ? "49,345.48" : "",
  ]);
const MERGES = ["A1:F1", "A4:C4", "D4:F4"];
const reviewed = (rows: Row[], name = "Sheet1") => review(Grid.fromValues(name, rows, MERGES), "national");

describe("an accounts statement's header: the 收入 | 支出 line over 行次 lines numbered on by one", () => {
  test.each<[string, Row[], number | null]>([
    ["the published layout: 收入 | 支出 over 项目 | 行次 | 金额 twice, amounts on two lines", [...PREAMBLE, ...lines()], 4],
    ["counter: 行次 numbers that skip on both sides (1, 2, 4 …; 31, 32, 34 …) show no statement", [...PREAMBLE, ...lines({ lineNo: (k) => String(k < 2 ? k + 1 : k + 2) })], null],
    ["counter: no amount on any line (a bare template) shows none either", [...PREAMBLE, ...lines({ amount: "" }).map((r) => [...r.slice(0, 5), ""])], null],
  ])("%s", (_name, rows, header) => {
    const r = reviewed(rows);
    expect([r.model.family, r.model.headerRow]).toEqual(["unknown", header]);
  });
});

describe("each side of a statement printed in two sides is numbered on its own", () => {
  test.each<[string, string[], string[]]>([
    ["the published 支出 side (一、 … 六、): nothing", EXPENSE, []],
    // (五、 written 六、: skipped, then repeated)
    ["a number skipped on the 支出 side: found there", EXPENSE.map((e, k) => (k === 4 ? "六、教育支出" : e)), ["D11", "D12"]],
  ])("%s", (_name, expense, cells) => {
    const r = reviewed([...PREAMBLE, ...lines({ expense })]);
    expect(r.findings.filter((f) => f.rule === "code-sequence").map((f) => f.cell)).toEqual(cells);
  });

  test.each<[string, string[], number[]]>([
    ["项目 | 行次 | 金额 | 项目(按功能分类) | 行次 | 金额", ["项目", "行次", "金额", "项目(按功能分类)", "行次", "金额"], [4]],
    ["单位 | 金额 three times (a list in newspaper columns)", ["单位", "金额", "单位", "金额", "单位", "金额"], [3, 5]],
    ["counter: 项目 | 分值 | 项目说明 | 得分 names 项目 twice, repeats no run", ["项目", "分值", "项目说明", "得分"], []],
    ["counter: 项目 | 金额 | 项目 | 行次 (the run not whole)", ["项目", "金额", "项目", "行次"], []],
  ])("repeatedSideStarts: %s", (_name, heads, starts) => {
    expect(repeatedSideStarts(Grid.fromValues("S", [heads], []), 1)).toEqual(starts);
  });
});

describe("an accounts statement under a self-evaluation's page title is no self-evaluation", () => {
  const TITLE = "某县红十字会2021年度部门整体支出绩效自评表";
  const CONTENTS: Row[] = [
    ["某县2021年部门决算公开表目录", "", "", "", "", ""],
    ["序号", "表名", "", "", "表号", ""],
    ["1", "收入支出决算总表", "", "", "公开01表", ""],
    ["2", "部门整体支出绩效自评情况", "", "", "公开10表", ""],
    ["3", "部门整体支出绩效自评表", "", "", "公开11表", ""],
  ];
  const shift = (ms: string[], by: number) => ms.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + by)));
  test("the published shape: unknown", () => {
    const g = Grid.fromValues(TITLE, [...CONTENTS, ...PREAMBLE, ...lines()], ["A1:F1", ...shift(MERGES, CONTENTS.length)]);
    expect(review(g, "national").model.family).toBe("unknown");
  });
  test("counter: the same title over a fund block (预算数 | 执行数 | 执行率) stays dept-self-eval", () => {
    const rows: Row[] = [
      ["部门整体支出绩效自评表", "", "", "", "", ""],
      ["部门名称", "某县红十字会", "", "", "", ""],
      ["年度预算执行情况(万元)", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
      ["", "年度资金总额", "160", "165", "164", "99.39%"],
      ["", "其中:基本支出", "120", "120", "120", "100.00%"],
      ["", "项目支出", "40", "45", "44", "97.78%"],
      ["收入支出决算总表", "", "", "", "", ""],
      ["项目", "行次", "金额", "项目(按功能分类)", "行次", "金额"],
    ];
    expect(review(Grid.fromValues(TITLE, rows, ["A1:F1", "A3:B3", "A4:A6", "A7:F7"]), "national").model.family).toBe("dept-self-eval");
  });
});
