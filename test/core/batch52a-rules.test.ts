import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * corpus52a (session 42): two shapes of rubrics pasted one paragraph per row that the paragraph-list reader
 * (src/core/recognise/paragraph-list.ts, grad42b's file this session) does not read yet — written here as the behaviour
 * wanted, with their counter-shapes, so that whoever changes the reader sees them turn. The shapes are `test.failing`
 * (they pass, i.e. turn red, once the reader reads them: then make them plain tests and drop the KNOWN entries of
 * real-sheets.test.ts for cn-village-committee-population-family-planning-… and cn-supply-coop-economic-development-…);
 * the counter-shapes pass today and must keep passing. The first shape reads since corpus52a's merge (grad42b's
 * childless headings as items, cutGroupHeading for a cut list's last group): a plain test now. The numbers are the lines' own (batch52a-diagnosis.md).
 */

const col = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]), []);
const read = (g: Grid) => review(g).model.indicators.map((i) => [i.row, i.weight]);

/** A 村委's 计生 rules: (三) 22 over three items, the second with a rule paragraph, the others '名称(N分)' alone. */
const village = col([
  "村委人口与计划生育考核办法",
  "(一)保障指标(10分)",
  "有领导小组、有办公场地、有办公人员、有制度、有信息交流平台;缺一项扣2分。",
  "(二)人口控制指标(24分)",
  "1.计划生育合法率达92%(12分),下降1个百分点扣1分;",
  "2.违法生育多项控制率3%(12分)上升1个百分点扣1分;",
  "(三)工作质量指标(22分)",
  "1.重视教育(6分)",
  "2.优质服务和避孕节育措施知情选择(10分)",
  "全年开展两次免费生殖健康服务达80%以上,建立服务档案记5分;使用药具在控制指标内记5分。",
  "3.计生协会和村民自治工作(6分)",
  "二、考核方式",
]);

describe("a numbered leaf '名称(N分)' with nothing under it, among items (paragraph-list)", () => {
  test("shape: (三)'s items 1 and 3, with no rule paragraph, are items worth 6 each beside item 2 (its paragraph)", () => {
    // (一) and item 2 of (三) anchored on their paragraphs, as the reader does for a heading over paragraphs
    expect(read(village)).toEqual([
      [3, 10],
      [5, 12],
      [6, 12],
      [8, 6],
      [10, 10],
      [11, 6],
    ]);
  });

  test("counter-shape: a pointed heading closing a list cut at the page's end (nothing under it) is not read as an item", () => {
    const cut = col([
      "村级目标管理评核方案",
      "(一)农业农村工作(20分)",
      "1、农业生产(9分):耕地抛荒整治计3分;培植种粮大户计2分;基础设施建设计4分。",
      "2、林改工作(5分):按时完成林改发证任务计5分。",
      "3、森林防火(6分):无火灾计6分。",
      "(二)社会事业(15分)",
      "1、合作医疗筹资(10分):按时完成筹资任务计10分。",
      "2、新农保(5分):参保率达90%计5分。",
      "(三)计划生育(10分)",
    ]);
    expect(read(cut)).toEqual([
      [3, 9],
      [4, 5],
      [5, 6],
      [7, 10],
      [8, 5],
    ]);
  });
});

/** A 供销社 unit's rules: items stating their points after the word 标准分, no bracket. */
const coop = col([
  "经济发展科综合业绩考核办法",
  "一、综合经济指标(100分)",
  "1、商品销售总额标准分60分、",
  "2、农产品购进额标准分20分、",
  "3、消费品零售额标准分20分,",
  "评分标准:增长率达到市社下达预期目标数的,各得80%标准分;每增加或减少1个百分点,相应增加或扣减得分0.5分。",
  "二、经营服务网络建设(50分)",
  "1、新网工程建设标准分30分。",
  "2、项目建设标准分20分",
  "评分标准:(1)重点项目指标标准分10分,列入省级重点项目数指标的得标准分10分",
]);

describe("an item's points written '…标准分N分' closing its line (paragraph-list)", () => {
  test("shape: the five items are read worth 60, 20, 20 | 30, 20", () => {
    expect(read(coop)).toEqual([
      [3, 60],
      [4, 20],
      [5, 20],
      [8, 30],
      [9, 20],
    ]);
  });

  test("counter-shape: '(1)重点项目指标标准分10分' inside a 评分标准 paragraph is no item (today: nothing of the list is read)", () => {
    expect(read(coop).some(([row]) => row === 10)).toBe(false);
  });
});
