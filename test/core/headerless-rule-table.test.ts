import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { inferHeaderless } from "../../src/core/recognise/table";

/**
 * A page of a scoring rule's table whose header is on the previous page: numbered item labels ending in their
 * bracketed points beside long rule texts that award points are read as 二级 | 评分标准, the merged group labels
 * with their own points on their left as 一级, a short-text column after the (empty) score columns as a note.
 */
/** The page; its group (二) merged over its two rows, unmerged (label on its first row) or filled down. */
const page = (mode: "merged" | "unmerged" | "fill" = "merged", groupPoints = 20) => {
  const group = `(二)\n资金管理\n(${groupPoints}分)`;
  return Grid.fromValues(
    "Sheet1",
    [
      ["某某专项资金绩效考评暂行办法的通知"],
      [null, "3、管护机制\n(6分)", "落实管护主体的项目超过80%、60%,分别得6分、3分;不足60%不得分。", null, null, "以管护制度为依据。"],
      [group, "4、资金投入\n(6分)", "1、县级财政安排了投入,得4分。\n2、投入达到省级投入的10%以上,得2分。", null, null, "以拨款文件为依据。"],
      [mode === "fill" ? group : null, "5、资金监管\n(14分)", "资金使用规范,未发现任何违规违纪行为,得14分,否则不得分。", null, null, "以检查报告为依据。"],
      ["(三)\n实施效果\n(10分)", "6、改善生产条件\n(10分)", "考查5项预期效益指标的完成情况,每完成1项得2分,未完成项不得分。", null, null, "以建设方案为依据。"],
    ],
    mode === "merged" ? ["A3:A4"] : [],
  );
};

test("a rule table's page without its header: numbered labels with (N分) beside award texts are items, the merged (N分) labels on their left groups", () => {
  const h = inferHeaderless(page())!;
  expect(h).not.toBeNull();
  expect(h.inferred).toBe(true);
  expect(h.columns).toEqual({ level1: 1, level2: 2, rubric: 3, explanation: 6 });
  expect(h.headerRow).toBe(1);
});

test("the inferred rule table is an indicator system with the label points as weights and no header row named", () => {
  const r = review(page(), "national");
  expect(r.model.family).toBe("indicator-system");
  expect(r.model.headerRow).toBeNull();
  expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[2, 6, null], [3, 6, null], [4, 14, null], [5, 10, null]]);
});

test("numbered labels with points but no award texts beside them are not read as a rule table", () => {
  const g = Grid.fromValues("Sheet1", [
    [null, "1、项目立项(6分)", "立项依据充分"],
    [null, "2、资金到位(6分)", "资金到位及时"],
    [null, "3、产出数量(8分)", "完成年度任务"],
  ]);
  expect(inferHeaderless(g)).toBeNull();
});

test("a column left of the labels whose cells carry no points of their own stops the inference", () => {
  const g = Grid.fromValues("Sheet1", [
    ["某县", "1、资金投入(6分)", "县级财政安排了投入,得4分;投入达到10%以上,得2分。"],
    ["某区", "2、资金整合(14分)", "资金整合计划全部落实,得8分,否则不得分,另行扣2分。"],
    ["某市", "3、资金监管(10分)", "资金使用规范,未发现违规违纪行为,得10分,否则不得分。"],
  ]);
  expect(inferHeaderless(g)).toBeNull();
});

test("on a page whose header is inferred, a blank first group cell continues the page before: groups unmerged or filled down read the same", () => {
  for (const mode of ["unmerged", "fill"] as const) {
    const r = review(page(mode), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 6], [3, 6], [4, 14], [5, 10]]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  }
  // the group (二)'s points stated against the wrong sum are still found, merged or not
  for (const mode of ["merged", "unmerged"] as const) {
    const r = review(page(mode, 24), "national");
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch").map((f) => f.cell)).toEqual(["A3"]);
  }
});
