import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { nameAndPoints, rubricSummary, statedWhole } from "../../src/core/recognise/rubric-summary";
import { periodShareAward } from "../../src/core/recognise/period-shares";

/**
 * grad44f (session 44): a 千分制 rubric pasted as a document whose list and its 评分标准 disagree (乡村人口计生目标考核,
 * grad44f-diagnosis.md). Three readings, each with near variants as another publisher would print them and the near
 * shapes that must not be read or flagged; the numbers are the lines' own, added by hand.
 */

const col = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]), []);
const items = (g: Grid) => review(g).model.indicators.map((i) => [i.row, i.weight]);
/** the rule's findings above a hint: severity and cell */
const found = (g: Grid, rule: string) =>
  review(g)
    .findings.filter((f) => f.rule === rule && f.severity !== "info")
    .map((f) => `${f.severity} ${f.cell}`);

describe("a list whose first items lost their numbers (paragraph-list.ts lostFirstItems)", () => {
  /** 二、评分标准 over three sections, each's first part an unnumbered paragraph, its second '2、' */
  const sections = (o: { first?: string; second?: string; head?: string; title?: boolean } = {}) =>
    col([
      ...(o.title === false ? [] : ["目标管理考核评分标准"]),
      "二、评分标准",
      o.head ?? "(一)村两委重视(20分)",
      o.first ?? "配齐配全村计生专干,落实了村级干部包干责任,召开会议有记录且内容齐全计8分;",
      o.second ?? "2、每月及时参加专干例会记12分,每缺席一次例会扣3分",
      "(二)人口计划执行(180分)",
      "人口计划(60分)。当年超生控制在3个以内计总分值,超出控制数按比例计分。",
      "2、出生及时准确率上报(120分).按上报出生比例计分,发现漏报扣2分。",
      "(三)孕前型管理(150分)",
      "环孕检计75分,按完成比例计分。",
      "2、生育服务证办理计75分,按完成比例计分,每超一例计2分。",
    ]);

  test("the paragraphs are the sections' first items: 8 + 12 = 20, 60 + 120 = 180, 75 + 75 = 150 — nothing said", () => {
    const g = sections();
    expect(review(g).model.family).toBe("indicator-system");
    expect(items(g)).toEqual([
      [4, 8],
      [5, 12],
      [7, 60],
      [8, 120],
      [10, 75],
      [11, 75],
    ]);
    expect(found(g, "weight-sum-mismatch")).toEqual([]);
  });

  test.each([
    ["no title", { title: false }],
    ["traditional characters", { head: "(一)村兩委重視(20分)", first: "配齊配全村計生專幹,落實了村級幹部包幹責任,召開會議有記錄且內容齊全計8分;", second: "2、每月及時參加專幹例會記12分,每缺席一次例會扣3分" }],
    ["the first item's points in a bracket after its name", { first: "队伍建设(8分)。配齐配全村计生专干,落实包干责任。" }],
    ["the second numbered '2.' and its points closing it", { second: "2.每月及时参加专干例会。(12分)" }],
    ["the second numbered '(2)'", { second: "(2)每月及时参加专干例会记12分,每缺席一次例会扣3分" }],
  ])("%s: the sections add up, nothing said", (_, o) => {
    const g = sections(o);
    expect(found(g, "weight-sum-mismatch")).toEqual([]);
    expect(review(g).model.indicators.filter((i) => i.weight !== null).length).toBe(6);
  });

  test("a section whose parts do not add up is still flagged at its heading: 8 + 10 = 18 against (20分)", () => {
    const g = sections({ second: "2、每月及时参加专干例会记10分,每缺席一次例会扣3分" });
    const title = 1;
    expect(found(g, "weight-sum-mismatch")).toEqual([`error A${title + 2}`]);
    const f = review(g).findings.find((x) => x.rule === "weight-sum-mismatch")!;
    expect(f.data).toMatchObject({ sum: 18, total: 20 });
  });

  test("two numbers lost over two paragraphs: one item each (10 + 10 + 10 = 30)", () => {
    const g = col(["考核细则", "一、基础工作(30分)", "建立台账计10分;", "按时上报报表计10分;", "3、档案齐全计10分。", "二、宣传工作(20分)", "1、开展宣传活动计10分;", "2、发放宣传资料计10分。"]);
    expect(items(g)).toEqual([
      [3, 10],
      [4, 10],
      [5, 10],
      [7, 10],
      [8, 10],
    ]);
    expect(found(g, "weight-sum-mismatch")).toEqual([]);
  });

  describe("near shapes: no lost item", () => {
    test("numbers running on through the document ('3、' after (一)'s '2、'): (二)'s paragraph is its note, (二) 15 = 15", () => {
      const g = col(["考核细则", "一、评分标准", "(一)组织领导(20分)", "1、成立领导小组计10分;", "2、制定工作计划计10分。", "(二)宣传教育(15分)", "本项以年终检查为准。", "3、开展宣传活动计15分。"]);
      expect(items(g)).toEqual([
        [4, 10],
        [5, 10],
        [8, 15],
      ]);
      expect(found(g, "weight-sum-mismatch")).toEqual([]);
    });

    test("two numbers lost over three paragraphs: the lost items cannot be told apart, the section is not checked", () => {
      const g = col(["考核细则", "一、基础工作(30分)", "建立台账计10分;", "台账按月更新。", "按时上报报表计5分;", "3、档案齐全计10分。", "二、宣传工作(20分)", "1、开展宣传活动计10分;", "2、发放宣传资料计10分。"]);
      expect(found(g, "weight-sum-mismatch")).toEqual([]);
    });

    test("an introducing paragraph ('评分标准如下:') is no item", () => {
      const g = sections({ first: "评分标准如下:" });
      expect(review(g).model.indicators.some((i) => i.row === 4)).toBe(false);
    });
  });
});

describe("a rubric printed twice: its summary list against its 评分标准 sections and the stated whole (rubric-summary.ts)", () => {
  /** a preamble stating the whole, the summary of four, then the four sections over their parts */
  const scheme = (o: { preamble?: string; summary?: string[]; heads?: string[]; second?: string; third?: string } = {}) =>
    col([
      "人口和计划生育工作目标管理考核方案",
      o.preamble ?? "全年累积总分(千分制)=各项指标得分+各项加分-各项扣分。",
      "一、考核指标及分数设定",
      ...(o.summary ?? ["(一)村两委重视200分", "(二)人口计划执行300分", "(三)孕前型管理300分", "(四)协会工作200分"]),
      "二、评分标准",
      (o.heads ?? [])[0] ?? "(一)村两委重视(200分)",
      "1、配齐配全村计生专干计80分;",
      "2、每月及时参加专干例会记120分。",
      (o.heads ?? [])[1] ?? "(二)人口计划执行(300分)",
      "1、人口计划(100分)。超生控制在3个以内计总分值。",
      `2、出生及时准确率上报(${o.second ?? "200"}分).按上报出生比例计分。`,
      (o.heads ?? [])[2] ?? "(三)孕前型管理(300分)",
      "1、环孕检计150分,按完成比例计分。",
      `2、生育服务证办理计${o.third ?? "150"}分,按完成比例计分。`,
      (o.heads ?? [])[3] ?? "(四)协会工作(200分)",
      "1、协会组织健全计100分;",
      "2、开展协会活动计100分。",
    ]);

  test("the summary agrees with its sections and adds up to 千分制: the summary's lines are no items, nothing said", () => {
    const g = scheme();
    expect(review(g).model.family).toBe("indicator-system");
    expect(items(g)).toEqual([
      [10, 80],
      [11, 120],
      [13, 100],
      [14, 200],
      [16, 150],
      [17, 150],
      [19, 100],
      [20, 100],
    ]);
    expect(found(g, "weight-sum-mismatch")).toEqual([]);
  });

  test("the summary's 80 against its section's 180 = 100 + 80 (borne out by its parts): flagged at the summary (A5), with the whole's 780 ≠ 1000 (A2)", () => {
    const g = scheme({ summary: ["(一)村两委重视200分", "(二)人口计划执行80分", "(三)孕前型管理300分", "(四)协会工作200分"], heads: [undefined as unknown as string, "(二)人口计划执行(180分)"], second: "80" });
    const fs = review(g).findings.filter((f) => f.rule === "weight-sum-mismatch");
    expect(fs.map((f) => [f.cell, f.data])).toEqual([
      ["A2", { name: "各项指标", sum: 780, total: 1000 }],
      ["A5", { name: "人口计划执行", sum: 180, total: 80 }],
    ]);
    expect(fs[1].related).toEqual(["A13", "A14"]);
  });

  test.each([
    ["summary points in brackets, numbered 1.", { summary: ["1.村两委重视(200分)", "2.人口计划执行(80分)", "3.孕前型管理(300分)", "4.协会工作(200分)"] }],
    ["summary points after a colon", { summary: ["(一)村两委重视:200分", "(二)人口计划执行:80分", "(三)孕前型管理:300分", "(四)协会工作:200分"] }],
    ["the whole as 满分1000分", { preamble: "本方案满分1000分,另设加分项。" }],
    ["traditional characters", { preamble: "全年累積總分(千分制)。", summary: ["(一)村兩委重視200分", "(二)人口計劃執行80分", "(三)孕前型管理300分", "(四)協會工作200分"], heads: ["(一)村兩委重視(200分)", "(二)人口計劃執行(180分)"] }],
    ["the sections' points with 计 in their bracket, '(计180分)'", { heads: ["(一)村两委重视(计200分)", "(二)人口计划执行(计180分)", "(三)孕前型管理(计300分)", "(四)协会工作(计200分)"] }],
    ["the sections' points bare after their names, '(二)人口计划执行180分'", { heads: ["(一)村两委重视200分", "(二)人口计划执行180分", "(三)孕前型管理300分", "(四)协会工作200分"] }],
    ["the summary's names shorter than the sections'", { summary: ["(一)村两委重视200分", "(二)人口计划执行80分", "(三)孕前型管理300分", "(四)协会工作200分"], heads: ["(一)村两委重视情况(200分)", "(二)人口计划执行情况(180分)"] }],
  ])("%s: the summary's 80 against (二)'s 180 at A5, the whole 780 ≠ 1000 at A2", (_, o) => {
    const g = scheme({ summary: ["(一)村两委重视200分", "(二)人口计划执行80分", "(三)孕前型管理300分", "(四)协会工作200分"], heads: [undefined as unknown as string, "(二)人口计划执行(180分)"], second: "80", ...o } as Parameters<typeof scheme>[0]);
    expect(found(g, "weight-sum-mismatch")).toEqual(["error A2", "error A5"]);
  });

  describe("near shapes", () => {
    test("a section whose parts do not add up (100 + 150 ≠ 300): the section is flagged, not the summary agreeing with its heading", () => {
      const g = scheme({ second: "150" });
      expect(found(g, "weight-sum-mismatch")).toEqual(["error A12"]);
    });

    test("a scale converted to ('得分折算为百分制'): no whole stated, the summary's 1000 not held to 100", () => {
      const g = scheme({ preamble: "各项得分相加后折算为百分制。" });
      expect(found(g, "weight-sum-mismatch")).toEqual([]);
    });

    test("a bonus line in the summary ('(五)加分项目100分'): the whole is not its sum", () => {
      const g = scheme({ summary: ["(一)村两委重视200分", "(二)人口计划执行300分", "(三)孕前型管理300分", "(四)协会工作200分", "(五)加分项目100分"] });
      expect(found(g, "weight-sum-mismatch")).toEqual([]);
    });

    test("items naming no section (a plain list of items with points): no summary", () => {
      expect(
        rubricSummary([
          { row: 2, text: "宣传教育10分", parentRow: 1, under: false, points: null },
          { row: 3, text: "队伍建设10分", parentRow: 1, under: false, points: null },
          { row: 4, text: "档案管理10分", parentRow: 1, under: false, points: null },
          { row: 6, text: "组织领导(20分)", parentRow: 5, under: true, points: 20 },
        ]),
      ).toBeNull();
    });
  });

  test("the name and points of a summary line; a rule's award is none", () => {
    expect(nameAndPoints("村两委重视20分")).toEqual({ name: "村两委重视", points: 20 });
    expect(nameAndPoints("村两委重视(20分)")).toEqual({ name: "村两委重视", points: 20 });
    expect(nameAndPoints("村两委重视:20分")).toEqual({ name: "村两委重视", points: 20 });
    expect(nameAndPoints("按时完成的得20分")).toBeNull();
    expect(nameAndPoints("考核合格率达到90分")).toBeNull();
    expect(nameAndPoints("村两委重视(计20分)")).toEqual({ name: "村两委重视", points: 20 });
    expect(nameAndPoints("完成率达到90%计20分")).toBeNull();
  });

  test("the stated whole: 千分制, 百分制, 满分N分; not a scale converted to, nor a part's 满分5分", () => {
    expect(statedWhole("全年累积总分(千分制)=各项指标得分+各项加分-各项扣分")).toBe(1000);
    expect(statedWhole("实行百分制考核")).toBe(100);
    expect(statedWhole("本方案满分1000分")).toBe(1000);
    expect(statedWhole("得分折算为百分制")).toBeNull();
    expect(statedWhole("本项满分5分")).toBeNull();
  });
});

describe("the whole a pasted rubric states (百分制 / 千分制 / 满分N分) over its top lines stating points (paragraph-list.ts wholeBlock)", () => {
  /** 一、考核指标 over three groups (10, 24, `third`) each over its items; 二、考核方式 stating the whole */
  const measures = (o: { third?: string; thirdItems?: string[]; title?: string; preamble?: string[]; manner?: string[]; extra?: string[] } = {}) =>
    col([
      o.title ?? "村委人口与计划生育考核办法",
      ...(o.preamble ?? []),
      "一、考核指标",
      "(一)保障指标(10分)",
      "1.有领导小组、有办公场地记5分;",
      "2.有制度、有信息交流平台记5分。",
      "(二)人口控制指标(24分)",
      "1.计划生育合法率达92%(12分),下降1个百分点扣1分;",
      "2.违法生育多项控制率3%(12分),上升1个百分点扣1分;",
      `(三)工作质量指标(${o.third ?? "66"}分)`,
      ...(o.thirdItems ?? ["1.重视教育(6分)", "2.优质服务(30分)", "3.行政执法(30分)"]),
      ...(o.extra ?? []),
      ...(o.manner ?? ["二、考核方式", "考核以百分制实行量化考核。年终综合考核记分在80以下的,被一票否决。"]),
    ]);

  test("10 + 24 + 66 = 100 (百分制 in 二、考核方式's paragraph): held and nothing said", () => {
    const g = measures();
    expect(review(g).model.weightBlocks[0]).toMatchObject({ cell: "A14", weight: 100, parts: [{ cell: "A3", value: 10 }, { cell: "A6", value: 24 }, { cell: "A9", value: 66 }] });
    expect(found(g, "weight-sum-mismatch")).toEqual([]);
  });

  test.each([
    ["百分制 in 二、考核方式", {}, "A14"],
    ["满分100分 in the preamble's sentence", { preamble: ["为做好计划生育工作,制定本办法,满分100分。"], manner: [] }, "A2"],
    ["traditional: 百分制 in the preamble's sentence", { title: "村委人口與計劃生育考核辦法", preamble: ["考核實行百分制,年終評定。"], manner: [] }, "A2"],
    ["实行百分制 under 三、考核办法 after a section of no points", { manner: ["二、考核时间", "每年12月底前完成。", "三、考核办法", "实行百分制考核。"] }, "A16"],
  ])("%s: (三) 56 = 6 + 20 + 30 makes 10 + 24 + 56 = 90 ≠ 100, flagged where the whole is stated", (_, o, cell) => {
    const g = measures({ third: "56", thirdItems: ["1.重视教育(6分)", "2.优质服务(20分)", "3.行政执法(30分)"], ...o });
    const fs = review(g).findings.filter((f) => f.rule === "weight-sum-mismatch");
    expect(fs.map((f) => [f.severity, f.cell, f.data])).toEqual([["error", cell, { name: "各项指标", sum: 90, total: 100 }]]);
  });

  test("one slip, one finding: (三) 66 over 6 + 20 + 30 = 56 is flagged at (三) alone (the whole holds with (三) at 66)", () => {
    const g = measures({ thirdItems: ["1.重视教育(6分)", "2.优质服务(20分)", "3.行政执法(30分)"] });
    expect(found(g, "weight-sum-mismatch")).toEqual(["error A9"]);
  });

  describe("near shapes", () => {
    test("a list cut inside its last group ((三) 56 shows 6, the page ends mid-sentence): 10 + 24 + 56 = 90 short of 100 may be the cut's — nothing said", () => {
      const g = measures({ third: "56", thirdItems: ["1.重视教育(6分)", "2.优质服务和避孕节育措施"], manner: [], preamble: ["考核实行百分制。"] });
      expect(review(g).model.weightBlocks[0]).toMatchObject({ cell: "A2", weight: 100 });
      expect(found(g, "weight-sum-mismatch")).toEqual([]);
    });

    test("a title stating the scale ('…考核办法(百分制)', no sentence): it names the sheet, no whole read (the sheet reads the same under another title)", () => {
      const g = measures({ title: "村委人口与计划生育考核办法(百分制)", third: "56", thirdItems: ["1.重视教育(6分)", "2.优质服务(20分)", "3.行政执法(30分)"], manner: [] });
      expect(found(g, "weight-sum-mismatch")).toEqual([]);
    });

    test("a bonus group among the top lines ('(四)加分项目(10分)'): the whole is not their sum", () => {
      const g = measures({ extra: ["(四)加分项目(10分)", "1.获得省级表彰的加10分。"] });
      expect(found(g, "weight-sum-mismatch")).toEqual([]);
    });

    test("the top lines under two parents (一、基本指标, 二、其他指标): no one set, the whole not held", () => {
      const g = measures({ extra: ["二、其他指标", "(一)群众满意度(20分)", "1.群众满意率达90%记20分。"], manner: ["三、考核方式", "考核以百分制实行量化考核。"] });
      expect(found(g, "weight-sum-mismatch")).toEqual([]);
    });

    test("a scale converted to ('各项得分折算为百分制'): no whole", () => {
      const g = measures({ third: "56", thirdItems: ["1.重视教育(6分)", "2.优质服务(20分)", "3.行政执法(30分)"], manner: ["二、考核方式", "各项得分相加后折算为百分制。"] });
      expect(found(g, "weight-sum-mismatch")).toEqual([]);
    });
  });
});

describe("a period's award above its share (period-shares.ts)", () => {
  test.each([
    ["the sheet's: 每个季度25分 … 季度考核到达70%以上计30分", "环孕检计75分,全年分三季考核,每个季度25分。环孕检季度考核到达70%以上计30分,每低1%扣1份,每超1%加5分;", { period: "季度", share: 25, award: 30 }],
    ["每季度计15分 … 季度完成率…得20分", "按季度考核,每季度计15分,季度完成率达90%以上的得20分,每低1个百分点扣1分。", { period: "季度", share: 15, award: 20 }],
    ["每月5分 … 月度考核…记6分", "全年按月考核,每月5分,月度考核全部合格的记6分。", { period: "月", share: 5, award: 6 }],
    ["traditional: 每個季度25分 … 季度考核達到…計30分", "每個季度25分。季度考核達到70%以上計30分。", { period: "季度", share: 25, award: 30 }],
    ["每半年50分 … 半年考核达标得60分", "分上下半年考核,每半年50分;半年考核达标得60分。", { period: "半年", share: 50, award: 60 }],
  ])("%s", (_, text, expected) => {
    expect(periodShareAward(text)).toEqual(expected);
  });

  test.each([
    ["the award equal to the share", "每个季度25分。季度考核达到70%以上计25分,每超1%加5分。"],
    ["the year's award (全年)", "每个季度25分。全年考核达标计75分。"],
    ["a bonus only ('加5分')", "每季度25分,季度考核每超1%加5分。"],
    ["no period share, a deduction per case", "每发现一例扣30分,季度考核达标计30分。"],
  ])("near shape, nothing: %s", (_, text) => {
    expect(periodShareAward(text)).toBeNull();
  });

  test("in a pasted rubric: the item's own line, a warning at it", () => {
    const g = col([
      "考核细则",
      "(一)村两委重视(20分)",
      "1、配齐配全村计生专干计8分;",
      "2、每月及时参加专干例会记12分。",
      "(二)孕前型管理(150分)",
      "1、环孕检计75分,全年分三季考核,每个季度25分。环孕检季度考核到达70%以上计30分,每低1%扣1分;",
      "2、生育服务证办理计75分,按完成比例计分。",
    ]);
    const fs = review(g).findings.filter((f) => f.rule === "rubric-points-mismatch");
    expect(fs.map((f) => [f.severity, f.cell, f.messageId, f.data])).toEqual([["warning", "A6", "periodShare", expect.objectContaining({ period: "季度", share: 25, award: 30 })]]);
  });
});
