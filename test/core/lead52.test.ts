import { review } from "../../src/core/review";
import { SHEETS, mainTitleRow, rowTexts, titleAs, titleRows } from "./metamorphic";

/**
 * A scored indicator table (一级指标 | 分值 | … | 得分, no completion column) under a title naming a self-evaluation is the
 * unit's self-evaluation whether or not the title says 项目: '…专项资金绩效自评表' and '…经费绩效自评报告' name the same form
 * as '…项目绩效自评表' (session 52: the 海南 服务贸易 form given 梓潼's title '…慢性病防治专项经费绩效自评报告' read indicator-system).
 */
const load = SHEETS.find(([n]) => n === "real/hi-commerce-service-trade")![1];
const g = load();
const base = review(g, "national");
const row = mainTitleRow(g, titleRows(g, base.model.headerRow));
const retitled = (t: string) => review(titleAs(g, row, t, rowTexts(g, row)[0].col, 0), "national").model.family;

test("the sheet as published", () => expect(base.model.family).toBe("project-self-eval"));
test.each([
  ["梓潼县2024年县级配套慢性病防治专项经费绩效自评报告", "project-self-eval"],
  ["服务贸易专项资金绩效自评表", "project-self-eval"],
  ["2023年度经费绩效自评表", "project-self-eval"],
  ["服務貿易專項資金績效自評表", "project-self-eval"],
  ["绩效自评报告", "project-self-eval"],
  // counter-examples: a department's whole, a rubric's own title
  ["某局2023年度部门整体支出绩效自评表", "dept-self-eval"],
  ["服务贸易专项资金绩效评价指标评分表", "indicator-system"],
])("title %s → %s", (t, family) => expect(retitled(t)).toBe(family));
