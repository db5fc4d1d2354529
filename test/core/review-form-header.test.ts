import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A 事前绩效评价审核表: two-line header 审核内容 | 审核要点 | 审核意见 over 具体内容 | 权重 | 具体内容 | 分值 — the group labels
 * name the levels (审核内容 the 二级, 审核要点 the 三级, as 评价内容/评价要点), the generic 具体内容 under them. Points at two
 * levels and no target column: an indicator system, whatever its 审核表 title. A line whose 分值 cell lost its number
 * ("分") leaves its group's sum unknown: 10 against the visible 5 is only info.
 */
const sheet = (lost: boolean) =>
  Grid.fromValues(
    "事前绩效评价审核表",
    [
      ["事前绩效评价审核表"],
      ["审核内容", null, "审核要点", null, "审核意见"],
      ["具体内容", "权重", "具体内容", "分值", null],
      ["一、立项必要性(20分)"],
      ["明确相关性", "10分", "项目实施目的明确,内容具体", "5分", "优□良□中□差□"],
      [null, null, "项目符合相关规划与单位职责", "5分", "优□良□中□差□"],
      [null, null, "得分小计"],
      ["必要可行", "10分", "项目的唯一性,不存在重复交叉", "5分", "优□良□中□差□"],
      [null, null, "事前经过必要的可行性研究", lost ? "分" : "4分", "优□良□中□差□"],
      ["二、投入经济性(20分)"],
      ["预算科学性", "10分", "预算支出内容与部门职责相匹配", "5分", "优□良□中□差□"],
      [null, null, "预算明细清晰明确", "5分", "优□良□中□差□"],
    ],
    ["A2:B2", "C2:D2", "E2:E3", "A4:E4", "A5:A7", "B5:B7", "A8:A9", "B8:B9", "A10:E10", "A11:A12", "B11:B12"],
  );

test("the header is read: 二级 A, 三级 C, weights B (group) and D; the items' points, the empty 得分小计 line a subtotal (no indicator); an indicator system", () => {
  const r = review(sheet(false), "national");
  expect(r.model.family).toBe("indicator-system");
  expect(r.model.columns).toMatchObject({ level2: 1, level2Weight: 2, level3: 3, weight: 4 });
  expect(r.model.indicators.map((i) => `${i.row}:${i.weight}`)).toEqual(["5:5", "6:5", "8:5", "9:4", "11:5", "12:5"]);
});
test("必要可行 10分 against 5 + 4: an error at B8", () => {
  const f = review(sheet(false), "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
  expect(f.map((x) => `${x.cell}:${x.severity}`)).toEqual(["B8:error"]);
});
test("必要可行 10分 against 5 + '分' (a number lost): info only", () => {
  const f = review(sheet(true), "national").findings.filter((x) => x.rule === "weight-sum-mismatch");
  expect(f.map((x) => `${x.cell}:${x.severity}`)).toEqual(["B8:info"]);
});
