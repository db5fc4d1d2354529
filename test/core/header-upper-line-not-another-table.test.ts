import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A two-line header with its merges undone (考核内容 | 权重(%) | | 考核得分 | 权重(%) over 一级要素 | | 二级要素): its upper
 * line reads as a header of its own, and right above the header line read it is that header's own upper line, not
 * another table's header above this one — the table is whole, its 总分 line's 权重 is checked against the items' (a
 * 95% under 100% of shares is found). (Before, the upper line made the sheet read as one table of several, cut, and the
 * total went unchecked: generated rule sheets #122, #571.)
 * Counter-shape: another table above (考核项目 | 分值 | 评分标准 | 考核得分 over lines of its own) still makes the table one
 * of several: a total stated under the last one is not checked against its lines alone.
 */
type Row = CellValue[];

const upper: Row = ["考核内容", "权重(%)", null, "考核得分", "权重(%)", "考核方式"];
const lower: Row = ["一级要素", null, "二级要素", null, null, null];
const lines = (total: string): Row[] => [
  ["1.组织领导", 48, "建立健全工作台账", 10, "12%", "年终考核"],
  [null, null, "建立联络员制度", 21, "21%", null],
  [null, null, "落实值班值守制度", 15, "15%", null],
  ["2.制度建设", 45, "完成年度目标任务", 11, "11%", "年终考核"],
  [null, null, "配备必要的办公设备", 14, "14%", null],
  [null, null, "开展业务培训", 20, "20%", null],
  ["3.工作落实", 7, "制定年度工作计划和实施方案", 7, "7%", "查阅资料"],
  ["总分", null, null, 98, total, null],
];

const weightFlags = (rows: Row[]) =>
  review(Grid.fromValues("Sheet1", rows), "national")
    .findings.filter((f) => f.severity !== "info" && f.rule === "weight-sum-mismatch")
    .map((f) => `${f.cell} ${f.data?.sum}/${f.data?.total}`);

describe("the upper line of a two-line header without merges", () => {
  test.each<[string, string, string[]]>([
    ["100% of shares adding up to 100", "100%", []],
    ["95% under shares adding up to 100", "95%", ["E11 100/95"]],
  ])("%s", (_n, total, want) => {
    expect(weightFlags([["2023年度河湖长制工作考评细则"], upper, lower, ...lines(total)])).toEqual(want);
  });
});

describe("counter-shape: another table above, its own lines between", () => {
  test("the 95% total is not checked against the lower table's lines alone", () => {
    const rows: Row[] = [["2023年度河湖长制工作考评细则"], ["考核项目", "分值", "评分标准", "考核得分"], ["基础台账", 10, "缺一项扣1分", 9], ["信息报送", 10, "迟报一次扣1分", 10], upper, lower, ...lines("95%")];
    expect(weightFlags(rows)).toEqual([]);
  });
});
