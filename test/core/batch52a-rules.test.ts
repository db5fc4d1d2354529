import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { eachLists } from "../../src/core/recognise/rule-points";

/**
 * corpus52a (session 42): two shapes of rubrics pasted one paragraph per row that the paragraph-list reader
 * (src/core/recognise/paragraph-list.ts, grad42b's file this session) does not read yet — written here as the behaviour
 * wanted, with their counter-shapes, so that whoever changes the reader sees them turn. The shapes are `test.failing`
 * (they pass, i.e. turn red, once the reader reads them: then make them plain tests and drop the KNOWN entries of
 * real-sheets.test.ts for cn-village-committee-population-family-planning-… and cn-supply-coop-economic-development-…);
 * the counter-shapes pass today and must keep passing. The first shape reads since corpus52a's merge (grad42b's
 * childless headings as items, cutGroupHeading for a cut list's last group): a plain test now; the second since coop42
 * (ownPoints' STATED_POINTS, '…标准分60分、'), with its rule's two '各N分' lists (eachLists) below. The numbers are the lines' own (batch52a-diagnosis.md).
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

  test("counter-shape: '(1)重点项目指标标准分10分' inside a 评分标准 paragraph is no item (the list read, row 10 its rule)", () => {
    expect(read(coop).some(([row]) => row === 10)).toBe(false);
  });
});

/** The finding rubric-points-mismatch gives a grid: [cell, sum, weight]. */
const mismatches = (g: Grid) => review(g).findings.filter((f) => f.rule === "rubric-points-mismatch").map((f) => [f.cell, f.data?.sum, f.data?.weight]);

describe("'标准分N分' / '分值N分' / '满分N分' closing an item's line are its points (paragraph-list ownPoints)", () => {
  // each list: two groups over items whose points close their lines, so that the blocks add up (3 + 2 = 5; 4 + 6 = 10)
  const list = (a: string, b: string) =>
    col(["某科考核办法", "一、业务工作(5分)", a, b, "二、内部管理(10分)", "1、制度建设标准分4分。", "2、档案管理标准分6分。"]);
  test.each([
    ["标准分", "1、计划执行标准分3分、", "2、信息报送标准分2分。", [[3, 3], [4, 2], [6, 4], [7, 6]]],
    ["分值", "1、计划执行分值3分;", "2、信息报送分值为2分", [[3, 3], [4, 2], [6, 4], [7, 6]]],
    ["满分", "1、计划执行满分3分。", "2、信息报送满分2分。", [[3, 3], [4, 2], [6, 4], [7, 6]]],
  ])("shape (%s): the items are read with their points", (_w, a, b, want) => {
    expect(read(list(a as string, b as string))).toEqual(want);
  });

  test.each([
    // a numbered line whose points are followed by a rule (a comma before the last points): a part of a rule, no stated item
    ["a rule after the points", "1、计划执行标准分3分,按时完成的得标准分3分", "2、信息报送标准分2分。"],
    // points after an award verb: an award, not the item's points ('…的得标准分3分' has no clause before it but ends in 得)
    ["an award verb before the word", "1、按时完成的得标准分3分", "2、信息报送标准分2分。"],
  ])("counter-shape (%s): line 3 states no points of its own, and the list reads no block", (_w, a, b) => {
    // (item 1 without points leaves 一、 unchecked; the list is read through 二、's block, 4 + 6 = 10)
    expect(read(list(a, b))).toEqual([[3, null], [4, 2], [6, 4], [7, 6]]);
  });
});

/** The 供销社 rule shape: an item '…标准分50分。' over its rule giving 各25分 to two things, twice. */
const network = (rule: string, points = 50) =>
  col([
    "经济发展科综合业绩考核办法",
    `一、经营服务网络建设(${points + 30}分)`,
    `1、新网工程建设标准分${points}分。`,
    `评分标准:${rule}`,
    "2、项目建设标准分30分。",
    "二、内部管理(10分)",
    "1、制度建设标准分4分。",
    "2、档案管理标准分6分。",
  ]);
const TWO_LISTS = "其中新建农资、日用品网点标准分各25分,标准化改造提升农资、日用品网点各25分;完成目标任务数各得标准分,超额完成的每增加一个加3分,未完成任务数的每减少一个减3分。";

describe("a rule's standard points in two '各N分' lists add up (rule-points eachLists, rubric-points-mismatch)", () => {
  test.each([
    // rule, its lists' total (null: not read)
    [TWO_LISTS, 100],
    ["新建农资、日用品网点各25分,改造提升农资、日用品、烟花爆竹网点各10分。", 80],
    ["新建农资、日用品网点各25分,改造提升农资、日用品网点各20分;未完成的得0分。", 90],
    // counter-shapes: one list (nothing added), the lists alternatives (或), a list per occurrence, another award among them
    ["新建农资、日用品网点标准分各25分;超额完成的每增加一个加3分。", null],
    ["新建农资、日用品网点各25分,或改造提升农资、日用品网点各25分。", null],
    ["每新建农资、日用品网点各5分,改造提升农资、日用品网点各25分。", null],
    ["新建农资、日用品网点各25分,改造提升农资、日用品网点各20分,按时完成的得10分。", null],
  ])("%s -> %p", (rule, total) => {
    const got = eachLists(rule as string);
    expect(got === null ? null : got.total).toBe(total);
  });

  test("shape: the item's 50 against its rule's 2×25 + 2×25 = 100 is a finding at the rule's paragraph (A4)", () => {
    expect(mismatches(network(TWO_LISTS))).toEqual([["A4", 100, 50]]);
  });

  test("the list is read: items 50 and 30 under 一、(80分), 4 and 6 under 二、(10分)", () => {
    expect(read(network(TWO_LISTS))).toEqual([[3, 50], [5, 30], [7, 4], [8, 6]]);
  });

  test("counter-shape: the same rule on a 100-point item says nothing (the lists make its points)", () => {
    expect(read(network(TWO_LISTS, 100))).toEqual([[3, 100], [5, 30], [7, 4], [8, 6]]);
    expect(mismatches(network(TWO_LISTS, 100))).toEqual([]);
  });

  test("counter-shape: lists short of the points with a bonus above them say nothing (the bonus may make up the rest)", () => {
    // 2×10 + 2×10 = 40 on a 50-point item, '加3分' per extra: no contradiction to tell
    expect(read(network(TWO_LISTS.replace(/各25分/g, "各10分")))).toEqual([[3, 50], [5, 30], [7, 4], [8, 6]]);
    expect(mismatches(network(TWO_LISTS.replace(/各25分/g, "各10分")))).toEqual([]);
  });

  test("counter-shape: the lists as alternatives (或) say nothing", () => {
    const alt = network("新建农资、日用品网点各25分,或改造提升农资、日用品网点各25分。");
    expect(read(alt)).toEqual([[3, 50], [5, 30], [7, 4], [8, 6]]);
    expect(mismatches(alt)).toEqual([]);
  });
});

describe("the same two lists in a rule column (分值 | 评分标准): rubric-points-mismatch reads them there too", () => {
  const table = (weight: number, rule: string) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["一级指标", "二级指标", "分值", "评分标准"],
        ["网络建设", "新网工程建设", String(weight), rule],
        ["网络建设", "项目建设", "30", "列入省级重点项目的得10分,完成年度投资计划任务的得20分。"],
        ["内部管理", "制度建设", "20", "制度健全的得20分。"],
        ["合计", "", String(weight + 50), ""],
      ],
      [],
    );
  test.each([
    // weight, rule, the finding [cell, sum, weight] or none
    [50, TWO_LISTS, [["D2", 100, 50]]],
    [100, TWO_LISTS, []],
    // one list (2 × 25 = 50 beside a bonus): no reading of this rule, nothing said
    [100, "新建农资、日用品网点标准分各25分;超额完成的每增加一个加3分。", []],
  ])("%p | %s -> %p", (weight, rule, want) => {
    expect(mismatches(table(weight as number, rule as string))).toEqual(want);
  });
});
