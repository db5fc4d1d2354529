import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * Excerpts (a page cut somewhere inside the table) raise nothing a reviewer would raise: a sum whose parts run to where
 * the sheet stops and fall short of its total, or a target table that stops before its second dimension, are told as
 * info; the same relation closed by a total row, or a table with text under it, keeps its error or warning.
 * (scripts/eval-cuts.js measures this over every development sheet.)
 */
const RULES = ["weight-sum-mismatch", "total-mismatch", "target-incomplete"];
const findings = (rows: (string | number | null)[][], merges: string[] = []) =>
  review(Grid.fromValues("Sheet1", rows, merges))
    .findings.filter((f) => RULES.includes(f.rule))
    .map((f) => [f.rule, f.severity, f.cell, f.messageId, f.data]);

const HEAD = [["某项目绩效自评表"], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]];
const OUTPUT = [
  ["产出指标(50分)", "数量指标", "培训人数", "≥100人", "120人", 20, 20],
  ["", "质量指标", "合格率", "≥90%", "95%", 20, 20],
];

describe("a weight group whose lines run to where the sheet stops", () => {
  test("closed by a later group and a 合计 row, 20 + 20 against 产出指标(50分) is an error", () => {
    const rows = [...HEAD, ...OUTPUT, ["效益指标(50分)", "社会效益", "知晓率", "≥90%", "95%", 50, 50], ["合计", "", "", "", "", 100, 100]];
    expect(findings(rows, ["A3:A4"])).toContainEqual(["weight-sum-mismatch", "error", "A3", "weightGroup", { name: "产出指标", sum: 40, total: 50 }]);
  });
  test("the sheet stopping after its second line: 40 short of 50 is no error or warning", () => {
    expect(findings([...HEAD, ...OUTPUT], ["A3:A4"]).filter((f) => f[1] !== "info")).toEqual([]);
  });
  test("a group whose visible lines already exceed its points stays an error (20 + 40 = 60 against 50)", () => {
    const rows = [...HEAD, OUTPUT[0], ["", "质量指标", "合格率", "≥90%", "95%", 40, 40]];
    expect(findings(rows, ["A3:A4"])).toEqual([["weight-sum-mismatch", "error", "A3", "weightGroup", { name: "产出指标", sum: 60, total: 50 }]]);
  });
});

describe("a relative-weight table (一级 | 权重 | 二级 | 分值 | 三级 | 分值) cut inside its first group", () => {
  const rows = [
    ["某项目绩效评价表"],
    ["一级指标", "权重", "二级指标", "分值", "三级指标", "目标值", "分值"],
    ["预算绩效", 50, "预算管理", 75, "预算执行率", "100%", 40],
    ["", "", "", "", "预算调整次数", "0", 35],
  ];
  test("the 二级 75 against the 一级 权重 50 (each group's children out of 100, the 25 past the cut) is no error", () => {
    expect(findings(rows, ["A3:A4", "B3:B4", "C3:C4", "D3:D4"]).filter((f) => f[1] !== "info")).toEqual([]);
  });
});

describe("a total stated above a table that the sheet stops inside", () => {
  const rows = [
    ["某项目绩效自评表"],
    ["项目名称", "某项目", "自评总分", 95],
    ["一级指标", "二级指标", "三级指标", "分值", "得分"],
    ["产出指标", "数量指标", "培训人数", 30, 30],
    ["", "质量指标", "合格率", 20, 18],
  ];
  test("得分 30 + 18 = 48 short of 总分 95 is no error or warning", () => {
    expect(findings(rows, ["A4:A5"]).filter((f) => f[0] === "total-mismatch" && f[1] !== "info")).toEqual([]);
  });
});

describe("a target table that stops before its second dimension", () => {
  const TARGET = [
    ["项目支出绩效目标表"],
    ["项目名称", "某项目"],
    ["主管部门", "某局"],
    ["年度绩效目标", "完成培训"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人数", "≥100人"],
    ["", "质量指标", "合格率", "≥90%"],
  ];
  const missing = (rows: (string | number | null)[][]) =>
    findings(rows, ["A6:A7"]).filter((f) => f[3] === "missingDimension").map((f) => [f[1], (f[4] as { dimension: string }).dimension]);
  test("ending on its last 产出 line: 效益 and 满意度 may be past the cut, info", () => {
    expect(missing(TARGET)).toEqual([
      ["info", "效益指标"],
      ["info", "满意度指标"],
    ]);
  });
  test("with a line under the table (填报人), the table ends there: warnings", () => {
    expect(missing([...TARGET, ["填报人：张三"]])).toEqual([
      ["warning", "效益指标"],
      ["warning", "满意度指标"],
    ]);
  });
  test("ending on the second line of one 二级 group (数量指标 over two lines): info as well", () => {
    const rows = [...TARGET.slice(0, 6), ["", "", "培训场次", "≥5场"]];
    expect(findings(rows, ["A6:A7", "B6:B7"]).filter((f) => f[3] === "missingDimension").map((f) => [f[1], (f[4] as { dimension: string }).dimension])).toEqual([
      ["info", "效益指标"],
      ["info", "满意度指标"],
    ]);
  });
  test("满意度 written after 产出: the missing 效益 between them is no cut, a warning", () => {
    expect(missing([...TARGET, ["满意度指标", "服务对象满意度", "满意度", "≥90%"]])).toEqual([["warning", "效益指标"]]);
  });
});

describe("a fund total over 其中 lines that the sheet stops inside", () => {
  const rows: (string | number | null)[][] = [
    ["某项目绩效自评表"],
    ["项目名称", "某项目"],
    ["年度资金总额(万元)", 100, "实际到位资金(万元)", 100],
    ["其中:中央财政", 60, "其中:中央财政", 60],
    ["省财政", 20, "省财政", 20],
  ];
  test("60 + 20 short of 100 in both columns, the sheet ending on the 省 line: no error or warning", () => {
    expect(findings(rows).filter((f) => f[0] === "total-mismatch" && f[1] !== "info")).toEqual([]);
  });
});
