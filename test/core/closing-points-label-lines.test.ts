import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A rule sheet headed 项目 | 考核标准 | 评估得分 (a ladder word naming no level, the rule, the score; no 分值 column): each
 * item's points close its rule ("…扣完为止。（14分）"), label lines across the table state their groups' points
 * ("1.组织领导(37分)"), and the closing points add up to them. The labels bear the closing brackets out as the items'
 * points: the sheet is read (indicator-system), an item's points raised is found at its group's label, and a rule's
 * awards are compared with its closing points, not summed with them (3 + 4 + 6 = 13 under "（13分）").
 * (Generated rule sheets #749, read as no family before.)
 * Counter-shapes: label lines stating no points ("1.组织领导") bear nothing out — a closing bracket may then be the last
 * requirement's own points (closing-points.ts), the sheet is not read as a table of points.
 */
type Row = CellValue[];

function sheet(opts: { labelPoints: boolean; first: number; awards?: [number, number, number] }): Grid {
  const [a, b, c] = opts.awards ?? [3, 4, 6];
  const label = (t: string, p: number) => (opts.labelPoints ? `${t}(${p}分)` : t);
  const rows: Row[] = [
    ["2022年河湖长制工作考评细则", null, null],
    ["项目", "考核标准", "评估得分"],
    [label("1.组织领导", 37), null, null],
    ["A1配备必要的办公设备", `未制定实施方案的扣2分；建立工作台账不到位的扣1分，扣完为止。（${opts.first}分）`, null],
    ["A2按要求公开工作信息", "未建立工作台账的扣2分；按时报送材料不到位的扣1分，扣完为止。（13分）", null],
    ["A3建立联络员制度", "优秀的得10分，良好的得8分，一般的得6分，较差的不得分。（10分）", null],
    [label("2.制度建设", 32), null, null],
    ["B1按时报送工作信息和统计报表", `召开专题会议的得${a}分；开展督查检查的得${b}分；资料归档完整的得${c}分。（13分）`, null],
    ["B2成立领导小组", "未开展督查检查的扣2分；资料归档完整不到位的扣1分，扣完为止。（10分）", null],
    ["B3建立健全工作台账", "查阅资料，实地查看。（9分）", null],
    [label("3.工作落实", 31), null, null],
    ["C1开展宣传活动", "查阅资料，实地查看。（16分）", null],
    ["C2群众满意度测评", "查阅资料，实地查看。（15分）", null],
  ];
  return Grid.fromValues("Sheet1", rows, ["A1:C1", "A3:C3", "A7:C7", "A11:C11"]);
}

const read = (g: Grid) => {
  const r = review(g, "national");
  return {
    family: r.model.family,
    flags: r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`),
    hints: r.findings.filter((f) => f.rule === "rubric-points-mismatch").map((f) => `${f.cell} ${f.data?.sum}/${f.data?.weight}`),
  };
};

describe("label lines stating their points over items whose rules close with theirs", () => {
  test("consistent: read as a points table, nothing flagged, no hint (3 + 4 + 6 = 13)", () => {
    expect(read(sheet({ labelPoints: true, first: 14 }))).toEqual({ family: "indicator-system", flags: [], hints: [] });
  });
  test("A1's closing points raised 14 → 17: 组织领导's 37 against 40", () => {
    expect(read(sheet({ labelPoints: true, first: 17 })).flags).toEqual(["weight-sum-mismatch@A3"]);
  });
  test("an award raised (3 + 4 + 7 under 13): a hint at the rule, 14 against 13", () => {
    expect(read(sheet({ labelPoints: true, first: 14, awards: [3, 4, 7] })).hints).toEqual(["B8 14/13"]);
  });
});

describe("counter-shape: label lines stating no points", () => {
  test("the closing brackets are borne out by nothing: not read as a table of points, nothing flagged", () => {
    const r = read(sheet({ labelPoints: false, first: 17 }));
    expect(r.family).not.toBe("indicator-system");
    expect(r.flags).toEqual([]);
  });
});
