import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { standardPoints } from "../../src/core/recognise/standard-points";

/**
 * grad43a (session 43): list rubrics whose items were not read (grad43a-diagnosis.md) — 门前三包 千分制 (an item's numbered
 * deduction clauses under it, group points in the hundreds) and 鄉級 黨建 (traditional: an item's first sentence closed by
 * its points, then its rule; the document's sections above the list; one group cut after its fifth item; a rule's standard
 * points with no award verb, '各占0.5分', '开展活动1分'). Each reading with its near variants and the shapes it must not read;
 * the numbers are the lines' own.
 */

const col = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]), []);
const items = (g: Grid) => review(g).model.indicators.map((i) => [i.row, i.weight]);
const blocks = (g: Grid) => review(g).model.weightBlocks.map((b) => [b.cell, b.weight]);
/** the rule's findings above a hint: severity and cell */
const found = (g: Grid, rule: string) =>
  review(g)
    .findings.filter((f) => f.rule === rule && f.severity !== "info")
    .map((f) => `${f.severity} ${f.cell}`);

describe("an item's numbered deduction clauses are its rule, not items (paragraph-list.ts)", () => {
  /** (一) 200 over 1. 50 (two deductions), 2. 50 (two ranged deductions), 3. 100 (a paragraph); (二) `second` over 4. 200 and 5. `fifth`. */
  const frontage = (opts: { second?: string; fifth?: string; clause?: string; last?: string[] } = {}) =>
    col([
      "“门前三包”责任制内容和“千分制”考核标准",
      "(一)包绿化美化。(200分)",
      "1.搞好责任区内的绿化美化。(50分)",
      opts.clause ?? "(1)责任区绿化带内垃圾杂物清理不及时、不到位的,扣30分。",
      "(2)破坏、损害绿化带内花草树木的,扣20分。",
      "2.搞好责任区内树木花草的管理和保护。(50分)",
      "(1)树干悬挂、栓系广告条幅等物品,扣10-20分;",
      "(2)就树搭棚、架设电线等,扣20-30分。",
      "3.搞好责任区内乱贴、乱画的清理清除。(100分)",
      "沿街建(构)筑物、公共设施、树干上有乱贴、乱画现象的,扣30-100分。",
      `(二)包卫生整洁。(${opts.second ?? "300"}分)`,
      "4.确保责任区内干净整洁。(200分)",
      "(1)有乱扔烟头、纸屑现象的,扣20-50分;",
      "(2)有乱倒垃圾、污水现象的,扣30-50分。",
      `5.施工现场应保持清洁、美观,设置围档。(${opts.fifth ?? "100"}分)`,
      ...(opts.last ?? ["(1)施工现场不清洁、不美观,扣30分;", "(2)设置围档高度低于1.8米,扣20分。"]),
    ]);

  test("the items are the numbered lines with points (rows 3, 6, 9, 12, 15), the groups' blocks add up: nothing said", () => {
    const g = frontage();
    expect(review(g).model.family).toBe("indicator-system");
    expect(items(g)).toEqual([
      [3, 50],
      [6, 50],
      [9, 100],
      [12, 200],
      [15, 100],
    ]);
    expect(blocks(g)).toEqual([
      ["A2", 200],
      ["A11", 300],
    ]);
    expect(found(g, "weight-sum-mismatch")).toEqual([]);
    // (the deductions are the item's rule, read from its first clause; no award to add up)
    const first = review(g).model.indicators[0];
    expect(first.rubricCell).toBe("A4");
    expect(found(g, "rubric-points-mismatch")).toEqual([]);
  });

  test("a group's points its items do not make: (二) 350 against 200 + 100 = 300", () => {
    expect(found(frontage({ second: "350" }), "weight-sum-mismatch")).toEqual(["error A11"]);
  });

  test.each([
    // the page cut inside the last item's clauses ('(3)施工场地', no deduction read yet): the clause goes with the others
    ["a cut last clause", ["(1)施工现场不清洁、不美观,扣30分;", "(2)设置围档高度低于1.8米,扣20分;", "(3)施工场地"], true],
    // deductions worded otherwise: 扣除, 减
    ["扣除 / 减", ["(1)施工现场不清洁、不美观的,扣除30分;", "(2)围档高度不足的,减20分。"], false],
    // circled clauses under the item
    ["circled clauses", ["①施工现场不清洁、不美观,扣30分;", "②设置围档高度低于1.8米,扣20分。"], false],
    // a clause taking the item's points whole ('该项不得分') beside a deduction
    ["a clause zeroing the item", ["(1)施工现场不清洁、不美观,扣30分;", "(2)未设置围档的,该项不得分。"], false],
  ])("%s: item 5. keeps its 100 at row 15", (_, last, cut) => {
    const r = review(frontage({ last: last as string[] }));
    expect(r.model.indicators.map((i) => [i.row, i.weight]).pop()).toEqual([15, 100]);
    expect(r.model.truncated).toBe(cut);
  });

  test("traditional characters: the same reading (包衛生整潔, 確保責任區內乾淨整潔)", () => {
    const g = col([
      "門前三包責任制考核標準",
      "(一)包綠化美化。(100分)",
      "1.搞好責任區內的綠化美化。(50分)",
      "(1)綠化帶內垃圾雜物清理不及時的,扣30分。",
      "(2)破壞綠化帶內花草樹木的,扣20分。",
      "2.搞好責任區內樹木花草的管理和保護。(50分)",
      "(1)樹幹懸掛廣告條幅等物品,扣10-20分。",
      "(二)包衛生整潔。(200分)",
      "3.確保責任區內乾淨整潔。(120分)",
      "(1)有亂扔煙頭現象的,扣20-50分。",
      "4.確保沿街建築物安全、美觀。(80分)",
      "(1)沿街建築物外形不完好的,扣30分。",
    ]);
    expect(items(g)).toEqual([
      [3, 50],
      [6, 50],
      [9, 120],
      [11, 80],
    ]);
    expect(found(g, "weight-sum-mismatch")).toEqual([]);
  });

  test("an item named before its points, '1.绿化美化(50分)' (a heading's shape): the item at its own line, not its first clause's", () => {
    const g = col([
      "考核细则",
      "(一)环境卫生(100分)",
      "1.绿化美化(50分)",
      "(1)绿化带内垃圾清理不及时的,扣30分。",
      "(2)损害花草树木的,扣20分。",
      "2.门前整洁(50分)",
      "(1)乱堆乱放的,扣20分。",
      "(二)秩序管理(100分)",
      "3.占道经营(60分)",
      "(1)店外经营的,扣30分。",
      "4.停车秩序(40分)",
      "(1)乱停乱放的,扣20分。",
    ]);
    expect(items(g)).toEqual([
      [3, 50],
      [6, 50],
      [9, 60],
      [11, 40],
    ]);
  });

  test("a thousand-point whole over its groups: 一、(1000分) against 200 + 500 + 200 = 900", () => {
    const lines = (whole: string) => [
      "城市管理千分制考核标准",
      `一、城市管理(${whole}分)`,
      "(一)市容(200分)",
      "1.门店整洁。(120分)",
      "(1)门前脏乱的,扣20分。",
      "2.广告规范。(80分)",
      "(1)乱贴广告的,扣20分。",
      "(二)环卫(500分)",
      "3.道路保洁。(300分)",
      "(1)路面不洁的,扣50分。",
      "4.垃圾清运。(200分)",
      "(1)清运不及时的,扣50分。",
      "(三)绿化(200分)",
      "5.绿地养护。(200分)",
      "(1)绿地破损的,扣30分。",
    ];
    expect(blocks(col(lines("900")))[0]).toEqual(["A2", 900]);
    expect(found(col(lines("900")), "weight-sum-mismatch")).toEqual([]);
    expect(found(col(lines("1000")), "weight-sum-mismatch")).toEqual(["error A2"]);
  });

  test.each([
    // sub-lines with points of their own are items: (一) 100 = 60 + 40 over (1) (2) of item 1, item 2 alone
    ["sub-lines stating their points", ["(1)绿化带清理及时(30分)。", "(2)花草树木完好(20分)。"], [[4, 30], [5, 20], [6, 50], [8, 60], [9, 40]]],
    // a sub-line awarding points (得10分 … 扣2分) scores something of its own: not folded, the item's block not whole
    ["a sub-line awarding points", ["(1)绿化带清理及时的得30分,不及时的扣2分。", "(2)损害花草树木的,扣20分。"], [[4, null], [5, null], [6, 50], [8, 60], [9, 40]]],
  ])("%s: not folded", (_, subs, expected) => {
    const g = col([
      "考核细则",
      "(一)环境卫生(100分)",
      "1.搞好绿化美化。(50分)",
      ...(subs as string[]),
      "2.门前整洁。(50分)",
      "(二)秩序管理(100分)",
      "3.占道经营。(60分)",
      "4.停车秩序。(40分)",
    ]);
    expect(items(g)).toEqual(expected);
  });
});

describe("鄉級 黨建: an item's first sentence closed by its points, its rule after them; the document's sections; one group", () => {
  /** 一、 二、 sections, then 三、 over (一) 20 over five items stating their points after their first sentence */
  const townshipLines = (third: string, last = "5、鄉干部積極準時參加縣、鄉組織的各類會議(4分)。無故缺席一人次扣0.5分,遲到早退一人次扣0.2分。") => [
      "鄉級工作目標考核措施",
      "一、考核對象:",
      "全鄉各合作社的社長。",
      "二、考核內容:",
      "考核內容分黨建工作、經濟工作、社會事業工作,總分100分,其中黨建工作20分,經濟工作40分,社會事業工作40分。",
      "三、具體考核指標及辦法:",
      "(一)黨建工作(20分)",
      "1、鄉兩委會關系協調,班子團結有戰斗力,年初有計劃,年終有總結(2分)。",
      "2、抓好黨員干部的教育管理,黨費收繳率為100%(2分)。黨費收繳月底前完成的得1分。后備干部常年人數保持在1-3名的得1分。",
      third,
      "4、全年召開鄉“兩委”會等會議不少于5次(2分)。以各鄉會議記錄簿為準,每少1次扣0.5分。",
      last,
    ];
  const township = (third: string, last?: string) => col(townshipLines(third, last));
  const activity = (points: string, rule: string) => `3、建立規范化鄉級活動室,各項制度上墻,活動開展正常有序(${points}分)。${rule}`;
  const standard = "活動室和各項制度各占0.5分,開展活動1分。遠程教育設備管理使用規范,“四薄一冊”登記規范齊全1分,上級檢查驗收不合格扣3分。";

  test("the items are rows 8–12 (2, 2, 4, 2, 4); the sections 一、 二、 are no items; the rule's 3 against item 3's 4 (A10)", () => {
    const g = township(activity("4", standard));
    const r = review(g);
    expect(r.model.family).toBe("indicator-system");
    expect(items(g)).toEqual([
      [8, 2],
      [9, 2],
      [10, 4],
      [11, 2],
      [12, 4],
    ]);
    expect(blocks(g)).toEqual([["A7", 20]]);
    expect(found(g, "rubric-points-mismatch")).toEqual(["warning A10"]);
    const f = r.findings.find((x) => x.rule === "rubric-points-mismatch")!;
    expect(f.message).toContain("2×0.5+1+1 = 3");
    // (the one group's lines run to the sheet's end: (一) 20 against 2 + 2 + 4 + 2 + 4 = 14 is a reminder, the rest of its
    // items may lie past the page — cut-evidence.ts, as for a table's last group)
    expect(r.findings.filter((x) => x.rule === "weight-sum-mismatch").map((x) => `${x.severity} ${x.cell}`)).toEqual(["info A7"]);
  });

  test.each([
    ["说明：", "1.本表由被考核（评价）单位如实填写，金额单位为万元。", "2.各项得分不得超过该项分值。"],
    ["注:", "1.本办法由鄉黨委負責解釋。"],
    ["填表说明:1.本表一式两份。", "2.报送县财政局。"],
  ])("numbered notes under the list after '%s': the list ends above them, the same items", (...notes) => {
    const g = col([...townshipLines(activity("4", standard)), "", ...notes]);
    expect(review(g).model.family).toBe("indicator-system");
    expect(items(g)).toEqual([
      [8, 2],
      [9, 2],
      [10, 4],
      [11, 2],
      [12, 4],
    ]);
  });

  test("the list cut inside item 5's rule: (一)'s shortfall says nothing", () => {
    const g = township(activity("4", standard), "5、鄉干部積極準時參加縣、鄉組織的各類會議(4分)。無故缺席一人次扣0.5分,連續三次不參加會議又");
    expect(review(g).model.truncated).toBe(true);
    expect(found(g, "weight-sum-mismatch")).toEqual([]);
  });

  test.each([
    // the same rule on a 3-point item: 3 = 3
    ["3", standard, []],
    // simplified characters, a colon after the points, 占 for one criterion
    ["4", "活动室和各项制度各占0.5分,开展活动占1分,登记规范齐全1分,验收不合格扣3分。", ["warning A10"]],
    // a list by '、' (3 × 0.5) with the awarded criterion's verb: 1.5 + 1 + 1 = 3.5 against 4
    ["4", "活動室、制度上墻、標識牌各0.5分,開展活動得1分,登記規范齊全1分。", ["warning A10"]],
    // the lists and criteria make the 4: 2 × 1 + 1 + 1
    ["4", "活動室和各項制度各占1分,開展活動1分,登記規范齊全1分,每少一項扣1分。", []],
    // a bonus above the standard (另加2分) lifts no item past its points: 4 + bonus on a 4-point item — nothing
    ["4", "活動室和各項制度各占1分,開展活動1分,登記規范齊全1分;評為示范的另加2分。", []],
  ])("item 3 (%s分), rule %s: %j", (points, rule, expected) => {
    expect(found(township(activity(points as string, rule as string)), "rubric-points-mismatch")).toEqual(expected);
  });

  test("the item's rule in the paragraph under it, its points closing its line: the same reading, at the paragraph (A11)", () => {
    const g = township("3、建立規范化鄉級活動室,各項制度上墻,活動開展正常有序(4分)。");
    // (the paragraph under item 3 shifts items 4 and 5 down a row)
    const lines = [
      "鄉級工作目標考核措施",
      "(一)黨建工作(20分)",
      "1、鄉兩委會關系協調,年終有總結(2分)。",
      "2、黨費收繳率為100%(2分)。黨費收繳月底前完成的得1分。后備干部常年人數保持在1-3名的得1分。",
      "3、建立規範化鄉級活動室,各項制度上墻,活動開展正常有序(4分)。",
      standard,
      "4、全年召開會議不少于5次(2分)。每少1次扣0.5分。",
      "5、鄉干部積極參加各類會議(4分)。無故缺席一人次扣0.5分。",
    ];
    expect(items(g)[2]).toEqual([10, 4]);
    expect(items(col(lines))).toEqual([
      [3, 2],
      [4, 2],
      [5, 4],
      [7, 2],
      [8, 4],
    ]);
    expect(found(col(lines), "rubric-points-mismatch")).toEqual(["warning A6"]);
  });

  test("a bracket in the item's first sentence ('建(构)筑物'): its points still close it, its rule after them", () => {
    const g = township("3、沿街建(構)筑物整潔,各項制度上墻(4分)。活動室和各項制度各占0.5分,開展活動1分,登記規范齊全1分。");
    expect(items(g)[2]).toEqual([10, 4]);
    expect(found(g, "rubric-points-mismatch")).toEqual(["warning A10"]);
  });

  test("a colon after the points: the rule after it, the same reading", () => {
    const g = township(`3、建立規范化鄉級活動室,各項制度上墻(4分):${standard}`);
    expect(items(g)[2]).toEqual([10, 4]);
    expect(found(g, "rubric-points-mismatch")).toEqual(["warning A10"]);
  });

  test("one group of three items stating their points is no evidence of a list rubric (a short numbered text)", () => {
    const g = col([
      "鄉級工作目標考核措施",
      "(一)黨建工作(20分)",
      "1、班子團結,年終有總結(2分)。",
      "2、黨費收繳率為100%(2分)。黨費收繳月底前完成的得1分。",
      "3、召開會議不少于5次(2分)。每少1次扣0.5分。",
    ]);
    expect(review(g).model.indicators).toEqual([]);
  });
});

describe("standardPoints: a rule's standard points for each criterion, no award verb (standard-points.ts)", () => {
  test.each([
    // 鄉級 黨建 A10: 2 × 0.5 + 1 + 1, the deduction aside
    ["活动室和各项制度各占0.5分,开展活动1分。远程教育设备管理使用规范,“四薄一册”登记规范齐全1分,上级检查验收不合格扣3分。", 3],
    // traditional characters (佔 read 占)
    ["活動室和各項制度各佔0.5分,開展活動1分。登記規范齊全1分,驗收不合格扣3分。", 3],
    // a '、' list of three, an award with its verb beside: 3 × 1 + 2
    ["机构、人员、经费各1分,制度健全的得2分,缺一项扣1分。", 5],
    // bare points closing each clause, a ranged deduction aside
    ["机构健全2分,有办公场地1分,有办公设备1分,不达标的扣1-2分。", 4],
    // one criterion with 占, one bare
    ["开展活动占1分;台账齐全2分。", 3],
  ])("%s -> %s", (rule, total) => {
    expect(standardPoints(rule as string)?.total).toBe(total);
  });

  test.each([
    // tiers of one criterion: a shortfall, grades, falling letters, thresholds
    "资料齐全2分,资料不全1分。",
    "优秀3分,良好2分,一般1分。",
    "A级3分,B级2分,C级1分。",
    "覆盖率达90%以上2分,80%以上1分。",
    // per occurrence (每 a comma before the points too: 牲畜 技术培训, real C9), alternatives
    "每开展一次活动1分,台账齐全1分。",
    "制定培训计划3分;每完成一期培训班,计2分;建立完整规范培训档案3分",
    "开展活动1分或建立台账1分。",
    // the whole stated, a score as a threshold, a cap, a judgement
    "满分4分,开展活动1分,台账齐全1分。",
    "考核得分90分以上的,台账齐全1分。",
    "开展活动1分,台账齐全1分,最高2分。",
    "视情况酌情给1-2分。",
    // awards with their verbs only (the award readers' business) and one criterion alone
    "开展活动得1分,台账齐全得1分。",
    "开展活动1分,不开展的扣1分。",
  ])("%s -> null", (rule) => {
    expect(standardPoints(rule)).toBeNull();
  });
});

describe("standard points in a table's rule column (rubric-points-mismatch)", () => {
  const table = (points: string, rule: string) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["党建工作考核评分表"],
        ["考核项目", "考核内容", "分值", "评分标准", "得分"],
        ["阵地建设", "建立规范化活动室", points, rule, ""],
        ["组织生活", "按时召开组织生活会", "3", "召开组织生活会得2分,有会议记录得1分。", ""],
        ["党员管理", "党费收缴", "3", "按时收缴得3分,未按时收缴扣1分。", ""],
        ["合计", "", String(Number(points) + 6), "", ""],
      ],
      [],
    );
  test.each([
    // 2 × 0.5 + 1 + 1 = 3 against the line's own 4: the item never met in full
    ["4", "活动室和各项制度各占0.5分,开展活动1分,登记规范齐全1分,验收不合格扣3分。", ["warning D3"]],
    ["3", "活动室和各项制度各占0.5分,开展活动1分,登记规范齐全1分,验收不合格扣3分。", []],
    // per occurrence, 每 a comma before the points: no standard to add
    ["4", "制定活动计划1分;每开展一次活动,计1分;登记规范齐全1分。", []],
    // above the line's points (2×1+1+1 = 4 on 3): a hint only, as the clause lists' sum; below its own 5, a warning (the clause
    // reading alone counted the '各占1分' list once: 3)
    ["3", "活动室和各项制度各占1分,开展活动1分,登记规范齐全1分。", []],
    ["5", "活动室和各项制度各占1分,开展活动1分,登记规范齐全1分。", ["warning D3"]],
    // a list the clause reading already reads (机构健全2分,…1分,…1分 = 4 on 5): its hint, unchanged
    ["5", "机构健全2分,有办公场地1分,有办公设备1分。", []],
  ])("分值 %s, rule %s: %j", (points, rule, expected) => {
    expect(found(table(points as string, rule as string), "rubric-points-mismatch")).toEqual(expected);
  });
});
