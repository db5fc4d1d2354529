import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Letter codes A1 → A11, A12: when a parent's own code is wrong (a second "A2" where A3 belongs), the finding is
 * at the parent, once; its children (A31, A32 …) agree with the code the parent should have and are not flagged.
 */
function table(level2: [string, string[]][]): Grid {
  const rows: (string | number | null)[][] = [["项目支出绩效评价指标体系"], ["一级指标", "二级指标", "三级指标", "分值", "得分"]];
  for (const [l2, kids] of level2) for (const k of kids) rows.push(["A投入与过程", l2, k, 10, 10]);
  const n = rows.length - 2;
  rows.push(["合计", null, null, n * 10, n * 10]);
  return Grid.fromValues("指标", rows);
}

const codeFindings = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "code-sequence")
    .map((f) => ({ cell: f.cell, messageId: f.messageId, data: f.data }));

describe("a wrong parent code is reported at the parent, not at each child", () => {
  const cases: [string, [string, string[]][], { cell: string; code: string; expected: string }[]][] = [
    [
      "parent A3 written A2 (repeated): one finding at the parent",
      [
        ["A1决策", ["A11项目立项", "A12绩效目标"]],
        ["A2过程", ["A21资金管理", "A22组织实施"]],
        ["A2产出", ["A31产出数量", "A32产出质量"]],
      ],
      [{ cell: "B7", code: "A2", expected: "A3" }],
    ],
    [
      "a child out of sequence under a right parent is still reported",
      [
        ["A1决策", ["A11项目立项", "A12绩效目标"]],
        ["A2过程", ["A21资金管理", "A21组织实施"]],
      ],
      [{ cell: "C6", code: "A21", expected: "A22" }],
    ],
  ];
  test.each(cases)("%s", (_name, level1, expected) => {
    const got = codeFindings(table(level1));
    expect(got.map((f) => ({ cell: f.cell, code: f.data?.code, expected: f.data?.expected }))).toEqual(expected);
  });
});
