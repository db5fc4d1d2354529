/**
 * The eval's grid planner plans score mutants from the grid alone (a 分值 column and a 得分 column, a 偏差原因
 * column), and the review finds each with its rule at the changed cell.
 */
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { planGridMutants } = require("../../scripts/eval-mutants-grid.js");

const sheet = {
  grid: [
    ["项目支出绩效自评表"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "培训人次", "≥100人次", "100人次", "20", "20", ""],
    ["产出指标", "质量指标", "合格率", "≥95%", "96%", "20", "20", ""],
    ["产出指标", "时效指标", "完成及时率", "100%", "90%", "20", "18", "两期培训因疫情推迟"],
    ["效益指标", "社会效益指标", "就业率", "≥80%", "85%", "20", "20", ""],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", "20", "20", ""],
    ["合计", "", "", "", "", "100", "98", ""],
  ],
  merges: [],
};
const toGrid = (edits: Record<string, string>) => {
  const rows = sheet.grid.map((r) => r.map((x) => (/^-?\d+(\.\d+)?$/.test(x) ? Number(x) : x || null)));
  for (const [cell, text] of Object.entries(edits)) rows[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text || null;
  return Grid.fromValues("指标", rows);
};

test.each([
  ["score-over", "score-exceeds-weight", { G5: "24" }, "G5", "indicator"],
  ["negative", "negative-score", { G6: "-1" }, "G6", "negative"],
  ["blank-score", "missing-score", { G4: "" }, "G4", "missing"],
  ["missing-reason", "missing-reason", { H5: "" }, "H5", "belowWeight"],
])("%s mutant for %s, edits %p: found at the changed cell", (kind, rule, edits, cell, messageId) => {
  const m = planGridMutants({ json: sheet }).find((x: { gridKind: string }) => x.gridKind === kind);
  expect(m.edits).toEqual(edits);
  expect(m.rules).toEqual([rule]);
  expect(m.collateral).toContain("G8");
  const before = review(toGrid({}), "national").findings.filter((f) => f.rule === rule);
  expect(before).toEqual([]);
  const after = review(toGrid(m.edits), "national").findings.filter((f) => f.rule === rule);
  expect(after.map((f) => [f.cell, f.messageId])).toEqual([[cell, messageId]]);
});
