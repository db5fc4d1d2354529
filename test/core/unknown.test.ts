import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/** Never force an unrelated sheet into a family, and never crash on odd input. */
const SHEETS: [string, (string | number | null)[][], string[]?][] = [
  ["empty", []],
  ["a single word", [["你好"]]],
  ["payroll", [["2023年12月工资表"], ["姓名", "岗位工资", "薪级工资", "绩效工资", "合计"], ["张三", 3000, 1200, 800, 5000], ["合计", 3000, 1200, 800, 5000]]],
  ["school marks", [["期末成绩"], ["姓名", "语文", "数学", "总分"], ["李四", 90, 95, 185]]],
  ["a 决算 table", [["2023年部门决算收支总表"], ["项目", "预算数", "决算数", "执行率"], ["一般公共预算拨款", 100, 98, "98%"], ["合计", 100, 98, "98%"]]],
  ["an employee appraisal", [["员工年度考核表"], ["考核项目", "分值", "得分"], ["工作态度", 30, 28], ["合计", 100, 90]]],
  ["error values everywhere", [["#DIV/0!", "#N/A"], ["#REF!", "#VALUE!"]]],
];

describe.each(SHEETS)("%s", (_name, rows, merges) => {
  test("is unknown, with no findings and no fills", () => {
    const r = review(Grid.fromValues("S", rows, merges ?? []));
    expect(r.model.family).toBe("unknown");
    expect(r.findings).toEqual([]);
    expect(r.fills).toEqual([]);
  });
});

describe("odd input inside a real layout", () => {
  test("error values and odd merges in an evaluation sheet do not crash and are not read as numbers", () => {
    const g = new Grid({
      name: "S",
      cells: [
        [{ v: "项目支出绩效自评表" }],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].map((v) => ({ v })),
        [{ v: "产出指标" }, { v: "数量指标" }, { v: "培训人次" }, { v: "≥100人次" }, { v: { error: "#REF!" } }, { v: 50 }, { v: { error: "#DIV/0!" } }],
        [{ v: "效益指标" }, { v: "社会效益指标" }, { v: "满意度" }, { v: "≥90%" }, { v: 0.95, fmt: "0%" }, { v: 50 }, { v: 50 }],
        [{ v: "总分" }, null, null, null, null, { v: 100 }, { v: 100 }],
      ],
      // overlapping and out-of-range merges, as broken files have
      merges: ["A3:A4", "A3:B3", "H1:Z1", "J40:J41"],
    });
    const r = review(g);
    expect(r.model.family).toBe("project-self-eval");
    const i = r.model.indicators.find((x) => x.row === 3)!;
    expect(i.claimedScore).toBeNull();
    expect(r.findings.some((f) => f.rule === "missing-score" && f.cell === "G3")).toBe(false); // an error value is not blank
  });

  test("a very wide sheet with a stray cell far to the right is scanned quickly", () => {
    const cells: ({ v: string | number } | null)[][] = [
      [{ v: "项目支出绩效自评表" }],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"].map((v) => ({ v })),
      ["产出指标", "数量指标", "培训人次", "≥100人次", 120, 100, 100].map((v) => ({ v })),
    ];
    cells[0][16000] = { v: "x" };
    const r = review(new Grid({ name: "S", cells }));
    expect(r.model.family).toBe("project-self-eval");
    expect(r.model.indicators).toHaveLength(1);
  });
});

describe("an unknown sheet whose numbers relate is still checked", () => {
  const funds = (local: number) =>
    Grid.fromValues("S", [["资金使用情况"], ["资金总额", 100], ["其中:中央补助", 60], ["地方配套", local]]);

  test("a fund total and its 其中 rows that add up: unknown, no findings", () => {
    const r = review(funds(40));
    expect(r.model.family).toBe("unknown");
    expect(r.findings).toEqual([]);
  });

  test("60 + 30 ≠ 100: total-mismatch at the total, with its parts, though the family is unknown", () => {
    const r = review(funds(30));
    expect(r.model.family).toBe("unknown");
    expect(r.findings.map((f) => [f.rule, f.cell, f.related])).toEqual([["total-mismatch", "B2", ["B3", "B4"]]]);
    expect(r.findings[0].message).toContain("90");
    expect(r.fills).toEqual([]);
  });

  test("numbered sections 一、二、四、 of an unknown sheet: code-sequence at the 四", () => {
    const r = review(Grid.fromValues("S", [["一、基本情况"], ["说明", "略"], ["二、资金情况"], ["说明", "略"], ["四、其他"]]));
    expect(r.model.family).toBe("unknown");
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([["code-sequence", "A5"]]);
  });
});
