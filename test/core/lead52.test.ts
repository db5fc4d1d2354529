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

import { Grid } from "../../src/core/grid/grid";
/**
 * A 其中 pair read on past its ';' (sentence-sums.ts runOnParts) whose second part names the rest (其他费用) is the whole's
 * breakdown: the sentence after the run decides whether another part follows, not the ';' inside the list (session 52:
 * 嘉定 外冈's '项目决算总投资598.5669万元,其中建安工程费用为546.5531万元,其他费用为52.0138万元', printed with ';').
 */
const flags = (line: string) =>
  review(Grid.fromValues("Sheet1", [["某县2023年度项目支出绩效自评报告"], [line]], []), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);
test.each([
  ["';' list, 其他 short of the whole", "项目决算总投资598.5669万元,其中:建安工程费用546.5531万元;其他费用49.4131万元。", ["total-mismatch@A2"]],
  ["full-width '；'", "项目决算总投资598.5669万元，其中：建安工程费用546.5531万元；其他费用49.4131万元。", ["total-mismatch@A2"]],
  ["繁體", "項目決算總投資598.5669萬元,其中:建安工程費用546.5531萬元;其他費用49.4131萬元。", ["total-mismatch@A2"]],
  ["';' list adding up", "项目决算总投资598.5669万元,其中:建安工程费用546.5531万元;其他费用52.0138万元。", []],
  ["a third kind in the next sentence: the pair may leave it out", "项目资金100万元,其中:中央资金60万元;其他资金30万元。其余资金10万元。", []],
  ["two halves, a third kind in the next sentence", "项目资金100万元,其中:中央资金60万元;地方资金30万元。其他资金10万元。", []],
  ["a pair that is no breakdown (设备), short", "项目决算总投资598.5669万元,其中:建安工程费用546.5531万元;设备费用49.4131万元。", []],
])("%s", (_n, line, expected) => expect(flags(line)).toEqual(expected));

/**
 * A money total off its parts by no more than the rounding its terms show (each shown with decimals up to half a unit of
 * its last digit off) is info, not an error: 黄山 2013's '完成投资额19.62亿元' over 10.22 + 2.66 + 6.65亿 + 849万 (= 19.6149).
 * A whole number beside terms with decimals is exact; the total is off by less than a unit of its last digit.
 */
const severities = (line: string) =>
  review(Grid.fromValues("Sheet1", [["某县2023年度项目支出绩效自评报告"], [line]], []), "national")
    .findings.filter((f) => f.rule === "total-mismatch")
    .map((f) => `${f.severity}@${f.cell}`);
test.each([
  ["four parts in 亿元 at two decimals, 0.0051 off (黄山)", "全市民生工程共完成投资额19.62亿元,其中:工程类项目完成投资10.22亿元;补助类项目发放补助资金2.66亿元;保险类项目完成筹资6.65亿元;培训类项目发放培训补贴0.0849亿元。", ["info@A2"]],
  ["a total at one decimal over two halves at two, 0.02 off", "全年应执行数为7.8万元,其中:中央资金3.89万元,地方资金3.89万元。", ["info@A2"]],
  ["two halves at two decimals, 0.01 off: a whole unit of the total's last digit", "全年应执行数为7.79万元,其中:中央资金3.89万元,地方资金3.89万元。", ["error@A2"]],
  ["a total at one decimal, parts at two, 0.04 off", "收到资金10.5亿元,其中:专项转移支付9.31亿元,奖补资金0.15亿元,共同财政事权转移支付1.08亿元。", ["info@A2"]],
  ["past the halves: 0.05 off at two decimals", "收到资金10.53亿元,其中:专项转移支付9.31亿元,奖补资金0.15亿元,共同财政事权转移支付1.12亿元。", ["error@A2"]],
  ["whole parts beside a total with decimals are exact (89.97 over 30 + 30 + 29.99)", "本项目共完成预算资金89.97万元,其中:预算编制30万元,审计30万元,设计29.99万元。", ["error@A2"]],
  ["a whole total is exact (173 over 33.7 + 119.7 + 19.7)", "项目资金173万元,其中:一般性转移支付33.7万元,共同事权转移支付119.7万元,专项转移支付19.7万元。", ["error@A2"]],
  ["…as 1586 over 43.8 + 43 + 1500", "专项资金共计1586万元,其中:运行维护43.8万元;融媒体中心建设43万元;应急广播系统建设1500万元。", ["error@A2"]],
])("%s", (_n, line, expected) => expect(severities(line)).toEqual(expected));
