import { rangeA1 } from "../../src/core/grid/a1";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { clauseFullPoints } from "../../src/core/recognise/rule-points";
import { review } from "../../src/core/review";
import { moved, traditional } from "./metamorphic";

/**
 * A rule sheet with no 分值 column (考核内容 | 重点考核事项 | 考核指标 | 评分标准 | 牵头部门): an indicator's label with its
 * points ("1.耕地保有量;基本农田保护(7分)") merged down over the clauses of its 评分标准, or written on the first clause's
 * line with the name cell blank below, each clause on a line of its own stating its full points ('本项满分3.5分',
 * '满分2.5分', '最高得1分'). Each clause is a line of the indicator weighing its points, the label's points the sum of
 * its clauses (as the 宣城 粮食安全考核评分表 excerpt: 3.5 + 2.5 + 1 = 7): a clause whose points slip is caught at the
 * label. A clause without points of its own leaves the label one line of its stated points, as before.
 */

type Layout = "merged" | "unmerged";

interface Shape {
  layout: Layout;
  /** the label's points (null: none stated) */
  label: number | null;
  /** each clause's text */
  clauses: string[];
}

const HEAD = ["考核内容", "重点考核事项", "考核指标", "年度考核任务评分标准", "牵头部门"];

/** The table: title, header, the label over its clauses (rows 3…), then a second indicator of one clause. */
function sheet(s: Shape): Grid {
  const n = s.clauses.length;
  const label = `1.耕地保有量;基本农田保护${s.label !== null ? `(${s.label}分)` : ""}`;
  const rows: (string | null)[][] = [["宣城市粮食安全考核评分表", null, null, null, null], HEAD];
  s.clauses.forEach((c, k) =>
    rows.push(k === 0 ? ["一、确保耕地面积基本稳定(45分)", "(一)保护耕地(15分)", label, c, "市自然资源和规划局"] : [null, null, null, c, null]),
  );
  rows.push([null, null, "2.耕地质量保护与提升(8分)", "完成耕地质量等级调查评价的,得8分,否则不得分。", "市农业农村局"]);
  const last = 2 + n + 1;
  const merges = [rangeA1({ r1: 1, c1: 1, r2: 1, c2: 5 }), rangeA1({ r1: 3, c1: 1, r2: last, c2: 1 }), rangeA1({ r1: 3, c1: 2, r2: last, c2: 2 })];
  if (s.layout === "merged" && n > 1) merges.push(rangeA1({ r1: 3, c1: 3, r2: 2 + n, c2: 3 }), rangeA1({ r1: 3, c1: 5, r2: 2 + n, c2: 5 }));
  return Grid.fromValues("Sheet1", rows, merges);
}

const CLAUSES = [
  "(1)2019年末耕地面积大于或等于规划下达的耕地保有量的,得3.5分,否则不得分。本项满分3.5分。",
  "(2)永久基本农田面积大于或等于保护目标任务的,得2.3分;其中可调整地类面积小于等于5万亩的,得1.8分,超过20万亩的,不得分;研究具体操作办法的,得0.2分。本项满分2.5分。",
  "(3)完成年度下达补充耕地任务的,得1分,否则不得分。本项满分1分。",
];

const lines = (g: Grid) =>
  recognise(g)
    .indicators.filter((i) => i.row >= 3)
    .map((i) => `${i.row}:${i.weight}@${i.weightCell}`);
const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);

describe("clause lines: a label merged (or written once) over clauses that each state their full points", () => {
  for (const layout of ["merged", "unmerged"] as Layout[]) {
    test(`${layout}: three clauses 3.5 + 2.5 + 1 under (7分) are three lines, no finding`, () => {
      const g = sheet({ layout, label: 7, clauses: CLAUSES });
      expect(lines(g)).toEqual(["3:3.5@D3", "4:2.5@D4", "5:1@D5", "6:8@C6"]);
      const m = recognise(g);
      // the label's points are the block of its clauses
      expect(m.weightBlocks.map((b) => `${b.cell}=${b.weight}:${b.firstRow}-${b.lastRow}`)).toEqual(["C3=7:3-5"]);
      // each clause line is named by its label
      expect(m.indicators.filter((i) => i.row <= 5).every((i) => i.path[2].startsWith("1.耕地保有量"))).toBe(true);
      expect(flags(g)).toEqual([]);
    });

    test(`${layout}: a clause's points slipped (2.5 → 3.5: 3.5 + 3.5 + 1 = 8 against 7) is found at the label`, () => {
      const g = sheet({ layout, label: 7, clauses: [CLAUSES[0], CLAUSES[1].replace("本项满分2.5分", "本项满分3.5分"), CLAUSES[2]] });
      expect(lines(g)).toEqual(["3:3.5@D3", "4:3.5@D4", "5:1@D5", "6:8@C6"]);
      expect(flags(g)).toEqual(["weight-sum-mismatch@C3"]);
      const f = review(g, "national").findings.find((x) => x.rule === "weight-sum-mismatch")!;
      expect(f.message).toContain("8");
      expect(f.message).toContain("7");
    });

    test(`${layout}: the label's points slipped (6分 against 3.5 + 2.5 + 1 = 7) is found`, () => {
      const g = sheet({ layout, label: 6, clauses: CLAUSES });
      expect(flags(g)).toEqual(["weight-sum-mismatch@C3"]);
    });
  }

  test("other numbers and wordings: 满分4分 / 最高得2分 / 本项满分1.5分 under (7.5分), merged and unmerged", () => {
    const clauses = ["(1)按时完成年度任务的得4分。满分4分。", "(2)每新增一处得0.5分,最高得2分。", "(3)制定实施方案的得1.5分。本项满分1.5分。"];
    for (const layout of ["merged", "unmerged"] as Layout[]) {
      const g = sheet({ layout, label: 7.5, clauses });
      expect(lines(g)).toEqual(["3:4@D3", "4:2@D4", "5:1.5@D5", "6:8@C6"]);
      expect(flags(g)).toEqual([]);
      // 2 + … slipped to 最高得3分: 8.5 against 7.5
      expect(flags(sheet({ layout, label: 7.5, clauses: [clauses[0], clauses[1].replace("最高得2分", "最高得3分"), clauses[2]] }))).toEqual(["weight-sum-mismatch@C3"]);
    }
  });

  test("two clauses under a label with no points of its own: two lines of their points, nothing to add up", () => {
    const g = sheet({ layout: "merged", label: null, clauses: [CLAUSES[0], CLAUSES[2]] });
    expect(lines(g)).toEqual(["3:3.5@D3", "4:1@D4", "5:8@C5"]);
    expect(recognise(g).weightBlocks).toEqual([]);
  });

  test("traditional characters (本項滿分) and the table moved on the sheet read the same", () => {
    const g = sheet({ layout: "merged", label: 7, clauses: CLAUSES });
    const t = traditional(g);
    expect(lines(t)).toEqual(["3:3.5@D3", "4:2.5@D4", "5:1@D5", "6:8@C6"]);
    const slipped = traditional(sheet({ layout: "merged", label: 7, clauses: [CLAUSES[0], CLAUSES[1].replace("本项满分2.5分", "本项满分3.5分"), CLAUSES[2]] }));
    expect(flags(slipped)).toEqual(["weight-sum-mismatch@C3"]);
    const { grid, back } = moved(sheet({ layout: "unmerged", label: 7, clauses: [CLAUSES[0], CLAUSES[1].replace("本项满分2.5分", "本项满分3.5分"), CLAUSES[2]] }), 2, 1);
    expect(flags(grid).map((x) => `${x.split("@")[0]}@${back(x.split("@")[1])}`)).toEqual(["weight-sum-mismatch@C3"]);
  });

  test("a clause without points of its own: the label is one line of its 7, as before", () => {
    const g = sheet({ layout: "merged", label: 7, clauses: [CLAUSES[0], "(2)永久基本农田面积达到保护目标任务的,得分,否则不得分。", CLAUSES[2]] });
    expect(lines(g)).toEqual(["3:7@C3", "6:8@C6"]);
    expect(recognise(g).weightBlocks).toEqual([]);
    expect(flags(g)).toEqual([]);
  });

  test("clauseFullPoints: the one full mark a clause states, not its awards, tiers or deduction caps", () => {
    expect(clauseFullPoints(CLAUSES[0])).toBe(3.5);
    expect(clauseFullPoints(CLAUSES[1])).toBe(2.5);
    expect(clauseFullPoints("本項滿分2.5分。")).toBe(2.5);
    expect(clauseFullPoints("每处得0.5分,最高得2分")).toBe(2);
    expect(clauseFullPoints("完成的得3分,否则不得分。")).toBeNull();
    expect(clauseFullPoints("每发现一处问题扣0.5分,扣分最高2分")).toBeNull();
    expect(clauseFullPoints("满分3分……本项满分4分")).toBeNull();
    expect(clauseFullPoints("完成的得满分,否则不得分")).toBeNull();
  });
});
