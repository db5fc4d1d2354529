import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * corpus51a (session 41): rubrics published as numbered lists and pasted one paragraph per row in column A
 * (src/core/recognise/paragraph-list.ts), and the line whose points and rule disagree (rubric-points-mismatch's
 * lineAward). Each with its shape and counter-shape; the numbers are the lines' own.
 */

const sheet = (lines: (string | null)[][]) => Grid.fromValues("Sheet1", lines, []);
const col = (lines: string[]) => sheet(lines.map((t) => [t]));
const errors = (g: Grid, rule: string) =>
  review(g)
    .findings.filter((f) => f.rule === rule && f.severity !== "info")
    .map((f) => `${f.severity} ${f.cell}`);

/** A 镇's 森林防灭火 rules for its 村: (四) states 15 over items of 1 + 1 + 3 + `last`; (五) a heading over one paragraph. */
const teams = (last: number) =>
  col([
    "(四)队伍建设情况(15分)",
    "1、加强应急扑火队的建设,每缺一项扣0.75分。(1分)",
    "2、本防火年度各村级应急扑火队要进行一次安全扑火培训。(1分)",
    "3、各村(社区)要对应急分队建档造册,确保30分钟内队伍集结到位。(3分)",
    `4、各村(社区)的扑火队伍必须坚决服从指挥调度,否则将酌情扣分。(${last}分)`,
    "(五)防控情况(28分)",
    "辖区内发生的第一起、第二起森林火灾,分别扣5分、6分,以此类推。",
  ]);

describe("a rubric pasted one paragraph per row: its headings' points over its items' (paragraph-list)", () => {
  test("read as an indicator system: the items with their bracketed points, the heading over one paragraph its item", () => {
    const r = review(teams(5));
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBeNull();
    // items 1–4 (1, 1, 3, 5) and (五)'s paragraph carrying the heading's 28 (its cell the heading's)
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.weightCell])).toEqual([
      [2, 1, "A2"],
      [3, 1, "A3"],
      [4, 3, "A4"],
      [5, 5, "A5"],
      [7, 28, "A6"],
    ]);
  });

  test.each([
    // 1 + 1 + 3 + 5 = 10 against 15: the heading's points do not add up
    [5, ["error A1"]],
    // counter-shape: 1 + 1 + 3 + 10 = 15
    [10, []],
  ])("(四) 15 over 1 + 1 + 3 + %d: %j", (last, found) => {
    expect(errors(teams(last), "weight-sum-mismatch")).toEqual(found);
  });

  test("a three-level outline: each level's points checked over the items under it (1、 3 = 0.5 + 0.5 + 1 + 1; (一) 6 = 3 + 3; 一、 10 = 6 + 2 + 2)", () => {
    const g = col([
      "县2005年度乡镇综治维稳考核评分细则",
      "一、制度落实(10分)",
      "(一)制度落实,领导真抓实管(6分)",
      "1、领导重视(3分)",
      "①领导亲自解决热点、难点问题,记0.5分。",
      "②年初有安排,年底有总结,记0.5分,查计划和会议讲话资料。",
      "③全年研究综治工作不少于6次,记1分。查会议记录,少1次扣0.2分。",
      "④经费安排,3千元以上记1分,2千—2.9千元记0.8分,500元以下记0分。",
      "2、制度落实(3分)",
      "①签订了目标管理责任书,记0.5分。",
      "②制订了考核评估办法,记0.5分。",
      "③年终进行了年度考核,记2分。缺1项扣0.5分。",
      "(二)台帐管理(2分)",
      "①有矛盾纠纷排查摸底表,记0.5分。",
      "②对排查出来的问题进行了交办整改的,记0.5分。",
      "③县里下发的文件资料收集齐全,记0.5分;乡镇本级文件资料收集齐全,记0.5分。",
      "(三)情报信息报送情况(2分)",
      "①重要情报信息无漏报现象,记1分。",
      "②特护期坚持领导带班、值班制,记0.5分,抽查无人值班的每次扣0.2分。",
      "③按要求坚持日报制的,记0.5分,每缺1次,扣0.2分。",
    ]);
    const r = review(g);
    expect(r.model.family).toBe("indicator-system");
    // each leaf's points: its one award (④ the best of its bands, 1; (二)③ one award per clause, 0.5 + 0.5)
    expect(r.model.indicators.map((i) => i.weight)).toEqual([0.5, 0.5, 1, 1, 0.5, 0.5, 2, 0.5, 0.5, 1, 1, 0.5, 0.5]);
    expect(r.model.weightBlocks.map((b) => [b.cell, b.weight, b.firstRow, b.lastRow])).toEqual([
      ["A2", 10, 2, 20],
      ["A3", 6, 3, 12],
      ["A4", 3, 4, 8],
      ["A9", 3, 9, 12],
      ["A13", 2, 13, 16],
      ["A17", 2, 17, 20],
    ]);
    expect(errors(g, "weight-sum-mismatch")).toEqual([]);
  });

  test.each([
    // ① 2.5: 1、 3 over 2.5 + 0.5 + 1 = 4 breaks (一) (7 against 6) and 一、 (11 against 10) with it: one slip, one finding
    ["2.5", "2", ["error A3"]],
    // (二) 4 over 2 + 3 = 5 while (一) holds (3 + 3 = 6): 一、 10 over 6 + 5 = 11 breaks through (二) alone
    ["1.5", "3", ["error A10"]],
    // counter-shape: 1.5 + 0.5 + 1 = 3, 2 + 2 = 4, 6 + 4 = 10
    ["1.5", "2", []],
  ])("nested headings, ① 记%s分 and (二)② 记%s分: the innermost heading that does not add up, %j", (first, second, found) => {
    const g = col([
      "一、制度落实(10分)",
      "(一)领导真抓实管(6分)",
      "1、领导重视(3分)",
      `①解决热点问题,记${first}分。`,
      "②年初有安排,记0.5分。",
      "③研究综治工作,记1分。",
      "2、制度落实(3分)",
      "①签订责任书,记1分。",
      "②制订办法,记2分。",
      "(二)台帐管理(4分)",
      "①有排查表,记2分。",
      `②交办整改的,记${second}分。`,
    ]);
    expect(errors(g, "weight-sum-mismatch")).toEqual(found);
  });

  test("a band of points written as a list is the item's best, '計' read as 计 (traditional)", () => {
    const g = col([
      "五、公眾評價(10分)",
      "1、群眾對當地吸毒販毒現象的評價按5檔劃分,計分標準為1分、2分、3分、4分、5分。",
      "2、群眾對禁毒工作的整體評價按5檔劃分,計分為5分、4分、3分、2分、1分。",
      "六、組織領導(25分)",
      "1、成立禁毒工作領導小組,有檔案、有組織計10分。",
      "2、專題研究禁毒工作,對人員經費落實計5分,只研究不落實扣2.5分。",
      "3、簽訂年度禁毒責任狀計10分,每缺一個轄區單位扣1分。",
    ]);
    expect(review(g).model.indicators.map((i) => i.weight)).toEqual([5, 5, 10, 5, 10]);
    expect(errors(g, "weight-sum-mismatch")).toEqual([]);
  });

  test.each([
    // a table: the items' points in a column of their own (a header would name it; without one, no paragraph list)
    ["items beside a points column", sheet([["(四)队伍建设情况(15分)", null], ["1、加强应急扑火队的建设", "1"], ["2、进行一次安全扑火培训", "1"], ["3、建档造册", "3"], ["(五)防控情况(28分)", null]])],
    // numbered paragraphs stating no points under headings of none: a notice, no rubric
    ["a notice's numbered paragraphs", col(["关于做好森林防灭火工作的通知", "一、提高认识", "1、各村要高度重视。", "2、各村要落实责任。", "二、加强宣传", "1、各村要张贴标语。", "2、各村要入户宣传。"])],
  ])("counter-shape, %s: no paragraph list read", (_, g) => {
    expect(review(g).model.weightBlocks).toEqual([]);
  });
});

describe("an item's points and its rule on one line, no rule column (rubric-points-mismatch lineAward)", () => {
  const farming = (rapeseed: string, grain: string) =>
    col([
      "村级目标管理责任制考评细则",
      "一、工业发展及招商引资(20分)",
      "1、完成新上投资50万元以上的项目计10分。新上固定资产投资200万元以上的奖10分,500万元以上的奖30分。",
      "2、年内争取上级无偿投资3万元以上计5分,8万元以上奖5分。",
      "3、新增税收5万元以上计5分,10万元以上奖5分。",
      "二、农业生产(14分)",
      `1、粮食生产(3分):完成全年粮食生产任务且双季稻种植面积占80%以上计${grain}分,每减少10%扣0.1分;每抛荒一亩扣1分。`,
      `2、油菜生产(3分):年内完成种植计划,办好100亩以上示范片,且公路沿线无抛荒的计${rapeseed}分。未办示范片扣2分。`,
    ]);
  test.each([
    // the rule awards 4 on a 3-point item, and 1 on another: both lines contradict themselves
    ["4", "1", ["warning A7", "warning A8"]],
    // counter-shape: each rule awards its item's 3 (the bonuses 奖 above the first items are no points of theirs)
    ["3", "3", []],
  ])("油菜 计%s分, 粮食 计%s分 on 3-point items: %j", (rapeseed, grain, found) => {
    expect(errors(farming(rapeseed, grain), "rubric-points-mismatch").sort()).toEqual(found);
  });
});
