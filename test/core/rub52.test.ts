import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { clausePoints } from "../../src/core/recognise/clause-points";
import type { CellValue } from "../../src/core/grid/grid";

/**
 * rub52: a scoring sheet's rule itemised clause by clause, each clause closing with its own worth (clause-points.ts), against
 * the line's 分值 — the sheet states both sides. Real shapes: 深圳 社区残疾人工作 '1、…范畴;(3分)2、…产生;(2分)…' beside 9;
 * 住建 防震减灾 '(1)…,满分2.5分。(2)…,满分1分。(3)…满分0.5分。' beside 4分; 宁夏 星级司法所 '…(8分)。…不超过45周岁的…(4分)。…
 * (2分)' beside 14; 遂宁 七进 '1.…(5分); … 5.…(…每次报送1分,合计6分)。' beside the heading's (26分); 节能目标 '1.…,1分;↵2.…,1分。'.
 */
describe("clausePoints: the worths a rule gives its clauses one by one", () => {
  const cases: [string, string, number[] | null][] = [
    // the real shapes
    ["bracket after the clause's ';' (深圳)", "1、社区残疾人工作全方位纳入社区建设范畴;(3分)2、社区残协委员由社区残疾人民主直选产生;(2分)3、有选聘社区残协专职委员;(2分)4、社区残协专职委员由残疾人担任;(2分)", [3, 2, 2, 2]],
    ["满分 closing each numbered clause (防震减灾)", "(1)协助开展地震监测台站建设工作,满分2.5分。\n(2)及时上报震情、灾情、舆情,满分1分。\n(3)做好地震信息接收终端部署,满分0.5分。", [2.5, 1, 0.5]],
    ["a threshold in years is no cap (星级司法所)", "司法所工作人员达到规定要求(8分)。当年新任所长应当是不超过45周岁的司法行政专项编制人员(4分)。45周岁以下的专职人员应具有大专以上学历(2分)。", [8, 4, 2]],
    ["a bracket closing a per-unit award with its total (七进)", "1.制定普法规划和决议。(5分); 2.召开工作推进会(5分); 3.按时准确报送工作台账(基础数据半年报送1次共2次,每次报送1分,合计6分)。", [5, 5, 6]],
    ["bare worths after the comma, numbered (节能目标)", "1.节能目标逐级分解,1分;\n2.开展节能目标完成情况检查和考核,1分;\n3.定期公布能耗指标,1分。", [1, 1, 1]],
    ["a number's mark lost before a clause", "1.第三产业比重上升,4分;\n2.高技术产业比重上升,4分;\n3实施节能评估和审查,4分;\n4.完成淘汰落后产能目标,8分。", [4, 4, 4, 8]],
    // variants
    ["繁體, full-width brackets", "1、社區殘疾人工作全方位納入社區建設範疇；（3分）2、社區殘協委員由殘疾人民主直選產生；（2分）", [3, 2]],
    ["计N分 closing numbered clauses, 繁體", "1、成立安全生產領導機構,計4分。\n2、建立社會化監管網路,計1分。", [4, 1]],
    ["each clause a line, brackets closing", "1.有完善的办公场所及设施(2分)\n2.活动室达到30平方米以上(2分)\n3.标牌按标准悬挂(2分)", [2, 2, 2]],
    ["满分为 in words", "(1)协助开展检查工作,满分为4分;(2)协助开展加固工程,满分为2分。", [4, 2]],
    // not clause worths
    ["one 满分 alone: the whole item's", "协助开展检查工作(2分),协助开展加固工程(2分),满分4分。", null],
    ["a cut text: its last clause has no worth", "调委会覆盖面达到100%(1分)。制度健全落实(1分)。台账齐全,", null],
    ["a deduction in a bracket", "制度健全(2分);台账规范(2分);未建立的(扣1分)", null],
    ["a per-unit award in a bracket", "开展宣传活动(每次1分);建立台账(2分)", null],
    ["a cap on deductions over items of 2 each", "1.机构不健全,2分;2.人员不落实,2分;3.制度不健全,2分;每项不达标扣2分,最多扣5分。", null],
    ["deductions, not parts", "机构组建不完善扣2分,人员不落实扣2分,制度不健全扣2分。", null],
    ["points left outside the worths", "1.建立制度(2分);2.开展检查得3分;3.公开信息(1分)", null],
    ["a bonus", "1.建立制度(2分);2.开展检查(3分);创新工作加1分。", null],
    ["one worth alone", "建立制度并认真执行(2分)。", null],
    ["bare worths without numbers (a list of tiers or parts: clause-points reads none)", "全部完成,5分;部分完成,3分。", null],
  ];
  test.each(cases)("%s", (_, text, points) => {
    expect(clausePoints(text)).toEqual(points);
  });
});

/** a scoring sheet (考核评分标准): 序号 | 考评内容 | 分值 | 评分标准 | 评分, or the columns in another order */
function scoring(rows: CellValue[][], head: CellValue[] = ["序号", "考评内容", "分值", "评分标准", "评分"], title = "社区残疾人工作考核评分标准"): Grid {
  return Grid.fromValues("Sheet1", [[title, ...head.slice(1).map(() => "")], head, ...rows], []);
}
const found = (g: Grid, family?: string) => {
  const r = review(g, "national");
  if (family) expect(r.model.family).toBe(family);
  return r.findings.filter((f) => f.rule === "rubric-points-mismatch").map((f) => [f.cell, f.severity, f.data?.sum, f.data?.weight, ...(f.related ?? [])]);
};
const SHENZHEN = "1、社区残疾人工作全方位纳入社区建设范畴;(3分)2、社区残协委员由社区残疾人民主直选产生;(2分)3、有选聘社区残协专职委员;(2分)4、社区残协专职委员由残疾人担任;(2分)";
const ROOMS = "5、有完善的残协办公场所及设施;(2分)6、残疾人活动室达到30平方米以上;(2分)7、残疾人活动室标牌按标准悬挂;(2分)";

describe("a scoring sheet's 分值 against its rule's clause worths: a warning at the 分值 where the worths exceed it and neither sum nor best fits", () => {
  test("3+2+2+2 = 9 beside 9, 2+2+2 = 6 beside 6: silent", () => {
    expect(found(scoring([["1", "组织建设", 9, SHENZHEN, ""], ["2", "活动场所", 6, ROOMS, ""]]), "indicator-system")).toEqual([]);
  });
  test("3+2+2+2 = 9 beside 8: a warning at C3, the rule D3 related", () => {
    expect(found(scoring([["1", "组织建设", 8, SHENZHEN, ""], ["2", "活动场所", 6, ROOMS, ""]]))).toEqual([["C3", "warning", 9, 8, "D3"]]);
  });
  test("worths short of the 分值, 3+2+2+2 = 9 beside 10: a clause stating none may hold the rest — the rubric's sum, a hint at the rule", () => {
    expect(found(scoring([["1", "组织建设", 10, SHENZHEN, ""], ["2", "活动场所", 6, ROOMS, ""]]))).toEqual([["D3", "info", 9, 10, "C3", "B3"]]);
  });
  test("another column order (评分标准 before 分值) and an extra blank column", () => {
    const head = ["序号", "考评内容", "评分标准", "", "分值", "评分"];
    const g = scoring([["1", "组织建设", SHENZHEN, "", 8, ""], ["2", "活动场所", ROOMS, "", 6, ""]], head);
    expect(found(g)).toEqual([["E3", "warning", 9, 8, "C3"]]);
  });
  test("繁體: the same slip found", () => {
    const trad = "1、社區殘疾人工作全方位納入社區建設範疇；（3分）2、社區殘協委員由社區殘疾人民主直選產生；（2分）3、有選聘社區殘協專職委員；（2分）4、社區殘協專職委員由殘疾人擔任；（2分）";
    const g = scoring([["1", "組織建設", 8, trad, ""], ["2", "活動場所", 6, ROOMS, ""]], ["序號", "考評內容", "分值", "評分標準", "評分"], "社區殘疾人工作考核評分標準");
    expect(found(g)).toEqual([["C3", "warning", 9, 8, "D3"]]);
  });
  test("满分 per numbered clause, the 分值 written '3分' (防震减灾: 2.5+1+0.5 = 4)", () => {
    const rule = "(1)协助开展地震监测台站建设工作,满分2.5分。\n(2)及时上报震情、灾情、舆情,满分1分。\n(3)做好地震信息接收终端部署,满分0.5分。";
    const rule2 = "(1)协助参加抗震设防要求检查工作,满分4分。\n(2)协助开展房屋设施加固工程,满分2分。";
    const head = ["序号", "评价指标", "分值", "评分标准", "备注"];
    expect(found(scoring([["1", "地震监测方面情况", "4分", rule, ""], ["2", "震灾预防方面情况", "6分", rule2, ""]], head, "住建部门防震减灾年度工作量化评价细则"))).toEqual([]);
    expect(found(scoring([["1", "地震监测方面情况", "3分", rule, ""], ["2", "震灾预防方面情况", "6分", rule2, ""]], head, "住建部门防震减灾年度工作量化评价细则"))).toEqual([["C3", "warning", 4, 3, "D3"]]);
  });
  test("bare worths after the comma (节能目标: 1+1+1 = 3 beside 2)", () => {
    const head = ["序号", "考核内容", "分值", "评分标准", "得分"];
    const rows = [
      ["1", "节能目标分解和落实情况", 2, "1.节能目标逐级分解,1分;\n2.开展节能目标完成情况检查和考核,1分;\n3.定期公布能耗指标,1分。", ""],
      ["2", "节能投入和重点工程实施情况", 10, "1.建立节能减排专项资金并足额落实,3分;\n2.专项资金占财政收入比重逐年增加,4分;\n3.组织实施重点节能工程,3分。", ""],
    ];
    expect(found(scoring(rows, head, "各县区人民政府节能目标责任评价考核计分表"))).toEqual([["C3", "warning", 3, 2, "D3"]]);
  });
});

describe("a rule's own closing total (…,共N分) against the 分值: either way, the total being the whole (南昌 信息化 '…得2分,共6分。')", () => {
  const head = ["序号", "考核项目", "分值", "评分标准", "得分"];
  const rule = "抽查3位农户,农户熟悉农村信息化试点乡镇建设工作得2分,共6分。";
  const rows = (w: number): CellValue[][] => [
    ["1", "农户参与", w, rule, ""],
    ["2", "信息站点", 4, "建有信息服务站点,有专人管理的得4分,否则不得分。", ""],
  ];
  const title = "农村信息化试点乡镇考核评分表";
  test("共6分 beside 6: silent", () => {
    expect(found(scoring(rows(6), head, title))).toEqual([]);
  });
  test("共6分 beside 5 and beside 7: a warning at the 分值, the rule related", () => {
    expect(found(scoring(rows(5), head, title)).map((f) => [f[0], f[1], f[3], f[4]])).toEqual([["C3", "warning", 5, "D3"]]);
    expect(found(scoring(rows(7), head, title)).map((f) => [f[0], f[1], f[3], f[4]])).toEqual([["C3", "warning", 7, "D3"]]);
  });
});

describe("what is no contradiction of the clause worths", () => {
  test("the best worth is the 分值: the clauses may be alternatives — the rubric's sum stays a hint at the rule", () => {
    const rule = "1、设立党组织的;(3分)2、未设立党组织但开展党的工作的;(2分)";
    expect(found(scoring([["1", "组织建设", 3, rule, ""], ["2", "活动场所", 6, ROOMS, ""]]))).toEqual([["D3", "info", 5, 3, "C3", "B3"]]);
  });
  test("a 分值 merged over two lines: their rules may make up the rest — a hint, no warning", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        ["社区残疾人工作考核评分标准", "", "", "", ""],
        ["序号", "考评内容", "分值", "评分标准", "评分"],
        ["1", "组织建设", 15, SHENZHEN, ""],
        ["2", "活动场所", "", ROOMS, ""],
      ],
      ["C3:C4"],
    );
    expect(found(g).filter((f) => f[1] !== "info")).toEqual([]);
  });
  test("the last line of a cut sheet (…节选): its rule may be cut — no warning; closed by its 合计 line, the slip is told", () => {
    const cut = scoring([["1", "组织建设", 9, SHENZHEN, ""], ["2", "活动场所", 5, ROOMS, ""]], undefined, "社区残疾人工作考核评分标准(节选)");
    expect(review(cut, "national").model.truncated).toBe(true);
    expect(found(cut).filter((f) => f[1] !== "info")).toEqual([]);
    const closed = scoring([["1", "组织建设", 9, SHENZHEN, ""], ["2", "活动场所", 5, ROOMS, ""], ["合计", "", 14, "", ""]]);
    expect(review(closed, "national").model.truncated).toBe(false);
    expect(found(closed)).toEqual([["C4", "warning", 6, 5, "D4"]]);
  });
  test("a cap '最多扣5分' over items of 2 each (2+2+2 = 6 above it): no clause worths, nothing said", () => {
    const rule = "1.机构不健全,2分;2.人员不落实,2分;3.制度不健全,2分;每项不达标扣2分,最多扣5分。";
    expect(found(scoring([["1", "组织建设", 5, rule, ""], ["2", "活动场所", 6, ROOMS, ""]]))).toEqual([]);
  });
  test("deductions, not parts: '扣2分' ×3 beside 10 — nothing said", () => {
    const rule = "机构组建不完善扣2分,人员不落实扣2分,制度不健全扣2分。";
    expect(found(scoring([["1", "组织建设", 10, rule, ""], ["2", "活动场所", 6, ROOMS, ""]]))).toEqual([]);
  });
  test("a self-evaluation form's rule is the template's text: the sum stays a hint", () => {
    const g = Grid.fromValues(
      "Sheet1",
      [
        ["项目支出绩效自评表", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"],
        ["产出指标", "数量指标", "组织建设", 8, SHENZHEN, 8],
        ["", "质量指标", "活动场所", 6, ROOMS, 6],
      ],
      [],
    );
    const r = review(g, "national");
    if (r.model.family !== "indicator-system") expect(r.findings.filter((f) => f.rule === "rubric-points-mismatch" && f.severity !== "info")).toEqual([]);
  });
});

describe("an item's own text with the clause worths (no rule column): 遂宁 七进, the heading's (N分) the 分值", () => {
  const own = "1.制定出台县(区)普法规划和决议。(5分); 2.召开普法动员暨工作推进会(5分); 3.全面建立乡镇(街道)法治辅导站(5分); 4.全面落实一村一法律顾问制度(5分); 5.按时准确报送工作台账(基础数据半年报送1次共2次,动态数据每季度报送1次共4次,每次报送1分,合计6分)。";
  const other = "6.示范点实行动态管理,情况及时上报(6分); 7.对已命名的示范单位依据动态管理办法进行复核(6分)";
  const sheet = (head: string) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["考评内容", "考评要点", "计入总分权重"],
        [head, own, "30%"],
        ["基层示范创建 (12分)", other, ""],
        ["专项普法活动 (62分)", "8.集中开展法治宣传教育主题活动(每个主题活动2分)", ""],
      ],
      ["C2:C4"],
    );
  test("(26分) = 5+5+5+5+6: silent", () => {
    expect(found(sheet("工作推进机制 (26分)"))).toEqual([]);
  });
  test("(24分): a warning at the heading's cell, the text related", () => {
    expect(found(sheet("工作推进机制 (24分)")).map((f) => [f[0], f[1], f[2], f[3], f[4]])).toEqual([["A2", "warning", 26, 24, "B2"]]);
  });
});
