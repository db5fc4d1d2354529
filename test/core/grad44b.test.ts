import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";
import { outlineRank } from "../../src/core/text/codes";

/**
 * grad44b (session 44): 考核 / 评分 standard tables that were not read as indicator systems (grad44b-diagnosis.md).
 *  1. a standard's 合计 printed first, right under its header (工作内容 | 考评标准 | 标准分, then 合计 | 220): the whole
 *     stated before its parts, no end of the table (standard-header.ts totalPrintedFirst) — 供电所 配电管理;
 *  2. section lines numbered one level up the official outline from the lines under them, the number alone in its cell
 *     ('一 | 基础资料管理 | | 80' over '1、… | … | 15'), the last one cut below its heading: the groups' points, no items
 *     (pointed-label-lines.ts, text/codes.ts outlineRank) — 供电所 配电管理;
 *  3. a rule table without its header whose items are unnumbered labels closing on their points ('提高天气会商质量。(1分)'),
 *     their groups left of them holding their points (table-infer.ts POINTS_LABEL, groupsHoldItems) — 气象局 预报司;
 *  4. a pasted rubric whose items open with a head sentence stating their worth ('①低保审批程序计3分。…', paragraph-list.ts
 *     HEAD_WORTH) — 岳阳县 2015 民政; with a rule's separate things, one of them a rate, no tiers (rubric-points-mismatch
 *     lineAward: two conditioned clauses at least make tiers).
 * Each with near variants as other publishers print them, and near shapes that must not be read or flagged.
 */

type Row = (string | number | null)[];
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
const weights = (g: Grid) => review(g).model.indicators.map((i) => [i.row, i.weight]);
const blocks = (g: Grid) => review(g).model.weightBlocks.map((b) => [b.cell, b.weight]);

describe("outlineRank: the official outline's levels, a bare section number read where asked", () => {
  it.each<[string, boolean, number | null]>([
    ["一、组织领导", false, 0],
    ["(一)组织领导", false, 1],
    ["1、二十种规程", false, 2],
    ["1.运行分析", false, 2],
    ["(1)巡视", false, 3],
    ["①低保", false, 4],
    ["一", false, null],
    ["一", true, 0],
    ["三、", true, 0],
    ["(二)", true, 1],
    // (a bare Arabic number is a serial or a value, never a section: no rank)
    ["1", true, null],
    ["基础资料管理", true, null],
  ])("%s (bare %s) → %s", (label, bare, rank) => expect(outlineRank(label, bare)).toBe(rank));
});

/**
 * 供电所 配电管理 考评标准 (the shape): 工作内容 merged over A:B | 考评标准 | 标准分, the 合计 (220) first, then sections '一 |
 * 基础资料管理' (the name merged over B:C) with their points, items '1、…' merged over A:B with their rule and points; cut after
 * 三's first item. 80 = 15 + 25 + 30 + 10; 70 = 10 × 7 → here 30 = 10 + 20.
 */
interface StandardOptions {
  head?: [string, string, string];
  total?: "first" | "last" | "none";
  totalWord?: string;
  sections?: [string, string, string];
  cut?: boolean;
  title?: string;
}
function standard(o: StandardOptions = {}): Grid {
  const [items, rule, points] = o.head ?? ["工作内容", "考评标准", "标准分"];
  const [s1, s2, s3] = o.sections ?? ["一", "二", "三"];
  const total = o.total ?? "first";
  const word = o.totalWord ?? "合计";
  const rows: Row[] = [];
  const merges: string[] = [];
  const at = () => rows.length + 1;
  if (o.title) {
    merges.push(`A${at()}:D${at()}`);
    rows.push([o.title, null, null, null]);
  }
  merges.push(`A${at()}:B${at()}`);
  rows.push([items, null, rule, points]);
  const totalLine = () => {
    merges.push(`A${at()}:C${at()}`);
    rows.push([word, null, null, o.cut === false ? 150 : 190]);
  };
  if (total === "first") totalLine();
  const section = (n: string, name: string, p: number) => {
    merges.push(`B${at()}:C${at()}`);
    rows.push([n, name, null, p]);
  };
  const item = (name: string, r: string, p: number | null) => {
    merges.push(`A${at()}:B${at()}`);
    rows.push([name, null, r, p]);
  };
  section(s1, "基础资料管理", 80);
  item("1、二十种规程、制度齐全并贯彻", "1、规程、制度齐全,每缺一种—0.5分2、现场规程齐全,每缺一种—1分", 15);
  item("2、五种生产图纸、图表与现场相符", "1、每缺一种—1.5分2、与现场不符—3分", 25);
  item("3、十二种记录、台帐齐全", "1、资料管理、存放不整齐—0.5分/项2、每缺一种—1分", 30);
  item("4、九种工程资料齐全", "1、当年度配网工程项目,每缺一种—1分", 10);
  section(s2, "运行生产管理", 30);
  item("1、及时上报各类报表和总结", "1、缺漏报—1分/次2、迟报(2天以上)—0.5分/次", 10);
  item("2、运行分析", "1、每月召开一次运行分析会,每少一次—1分2、无实际内容每次—0.5分", 20);
  if (o.cut !== false) {
    section(s3, "安全管理", 40);
    item("1、配电", "", null);
  } else {
    section(s3, "安全管理", 40);
    item("1、安全工器具管理", "1、工器具不合格—2分/件", 25);
    item("2、安全活动", "1、每月安全活动少一次—1分", 15);
  }
  if (total === "last") totalLine();
  return sheet(rows, merges);
}

describe("a 考核 standard: its 合计 printed first, its sections numbered one level up, the last section cut", () => {
  const items = (g: Grid) => review(g).model.indicators.filter((i) => i.weight !== null).map((i) => i.weight);
  it.each<[string, Grid, number]>([
    ["as printed (工作内容 | 考评标准 | 标准分, 合计 first, 一 | name)", standard(), 1],
    ["other heads (考核项目 | 考核标准 | 分值), 总分 first", standard({ head: ["考核项目", "考核标准", "分值"], totalWord: "总分" }), 1],
    ["检查内容 | 评分办法 | 标准分值, sections (一) (二) (三)", standard({ head: ["检查内容", "评分办法", "标准分值"], sections: ["(一)", "(二)", "(三)"] }), 1],
    ["traditional characters (工作內容 | 考評標準 | 標準分, 合計)", standard({ head: ["工作內容", "考評標準", "標準分"], totalWord: "合計" }), 1],
    ["under a title, sections '一、'", standard({ title: "供电所配电管理考评标准", sections: ["一、", "二、", "三、"] }), 2],
    ["no 合计 line", standard({ total: "none" }), 1],
  ])("%s: the items read with their points, the sections as blocks", (_, g, headerRow) => {
    const r = review(g);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(headerRow);
    expect(items(g)).toEqual([15, 25, 30, 10, 10, 20]);
    // (the sections' points over their items: 80 = 15 + 25 + 30 + 10, 30 = 10 + 20; the cut 三 40 no block)
    expect(blocks(g).map(([, w]) => w)).toEqual([80, 30]);
    expect(flags(r.findings)).toEqual([]);
  });

  it("the whole standard (三 not cut, its items 25 + 15 = 40): three blocks, nothing flagged", () => {
    const g = standard({ cut: false, total: "last" });
    expect(items(g)).toEqual([15, 25, 30, 10, 10, 20, 25, 15]);
    expect(blocks(g).map(([, w]) => w)).toEqual([80, 30, 40]);
    expect(flags(review(g).findings)).toEqual([]);
  });

  it("a section whose items do not add up is still checked (二 30 over 10 + 25)", () => {
    const g = standard({ cut: false, total: "none" }).withCells([{ cell: "D9", value: { v: 25 } }]);
    expect(flags(review(g).findings)).toEqual(["weight-sum-mismatch@D7"]);
  });

  // near shapes
  it("a work plan (工作内容 | 责任单位 | 完成时限, 合计 first, no points): no scoring standard", () => {
    const g = sheet([
      ["工作内容", null, "责任单位", "完成时限"],
      ["合计", null, null, "3项"],
      ["一", "基础资料管理", null, null],
      ["1、二十种规程、制度齐全并贯彻", null, "生产技术部", "3月底"],
      ["2、五种生产图纸、图表与现场相符", null, "各供电所", "6月底"],
      ["3、十二种记录、台帐齐全", null, "各供电所", "12月底"],
    ], ["A1:B1", "A2:C2", "B3:C3", "A4:B4", "A5:B5", "A6:B6"]);
    const r = review(g);
    expect(r.model.family).not.toBe("indicator-system");
    expect(r.model.indicators.filter((i) => i.weight !== null)).toEqual([]);
  });

  it("a 合计 line with nothing under it closes the table: no standard read from it", () => {
    const g = sheet([
      ["工作内容", null, "考评标准", "标准分"],
      ["合计", null, null, 100],
    ], ["A1:B1", "A2:C2"]);
    expect(review(g).model.indicators).toEqual([]);
  });

  it("a last section with a rule of its own ('三 | 安全管理 | 发生事故不得分 | 40') is an item of the sections' level, no cut heading", () => {
    const g = sheet([
      ["工作内容", null, "考评标准", "标准分"],
      ["一", "基础资料管理", null, 80],
      ["1、二十种规程、制度齐全并贯彻", null, "每缺一种—0.5分", 15],
      ["2、五种生产图纸、图表与现场相符", null, "每缺一种—1.5分", 25],
      ["3、十二种记录、台帐齐全", null, "每缺一种—1分", 30],
      ["4、九种工程资料齐全", null, "每缺一种—1分", 10],
      ["二", "运行生产管理", null, 30],
      ["1、及时上报各类报表和总结", null, "缺漏报—1分/次", 10],
      ["2、运行分析", null, "每少一次—1分", 20],
      ["三", "安全管理", "发生人身事故的不得分", 40],
    ], ["A1:B1", "B2:C2", "A3:B3", "A4:B4", "A5:B5", "A6:B6", "B7:C7", "A8:B8", "A9:B9"]);
    expect(weights(g)).toEqual([[3, 15], [4, 25], [5, 30], [6, 10], [8, 10], [9, 20], [10, 40]]);
    expect(blocks(g)).toEqual([["D2", 80], ["D7", 30]]);
    expect(flags(review(g).findings)).toEqual([]);
  });
});

/**
 * 中国气象局 预报司 考核 (the shape): a rule table whose header is not on the page — 目标 labels '1. …(9分)' merged down
 * their items (A), 考核内容 labels '…。(6分)' unnumbered, merged down their rule lines (B), the rules awarding their points
 * (C), 完成时间 (D), 考核部门 (E). 9 = 6 + 2 + 1; 3 = 3; 16 cut after its first item (4).
 */
function forecastTable(o: { numbered?: boolean; groups?: boolean; fullWidth?: boolean; trad?: boolean } = {}): Grid {
  const g = o.groups ?? true;
  const pts = (n: number) => (o.fullWidth ? `（${n}分）` : `(${n}分)`);
  const lab = (k: number, text: string, n: number) => (o.numbered ? `${k}、` : "") + text + pts(n);
  const rule = (s: string) => (o.trad ? s.replace(/预报/g, "預報").replace(/报告/g, "報告") : s);
  const rows: Row[] = [
    [lab(1, "提高监测预报的准确率。", 6), rule("各省24小时晴雨预报TS评分相对指导预报有正订正技巧5%以上的得1分,正技巧在5%以下得0.5分,负技巧的不得分。"), "12月20日", "预报司"],
    [null, rule("各省24小时大雨(雪)以上降水预报准确率相对指导预报有正订正技巧的得1分,负技巧的不得分。"), null, null],
    [null, rule("年度月温度、降水气候预测综合评分达60分得4分,综合评分每低1分扣0.5分,直至不得分。"), null, null],
    [lab(2, "开展常态化的灾害性天气预报技术总结。", 2), rule("开展5次以上重要天气过程预报技术总结并提交总结报告得2分,少开展一次扣1分,直至不得分。"), null, null],
    [lab(3, "提高天气会商质量。", 1), rule("完成全年全国天气会商,不出现故障或差错的得1分,被三次通报的不得分。"), "12月31日", null],
    [lab(1, "及时准确发布预警信息,重大天气预警信号不漏报。", 3), rule("全年完成预警信号及时发布工作,重大天气预警信号不漏报得3分;每漏报1次扣1分,直至不得分。"), "12月20日", "预报司"],
    [lab(1, "及时为地方党委、政府提供决策气象服务。", 4), rule("全年决策气象服务"), null, null],
  ];
  const groups = ["1.做好灾害性、关键性、转折性天气的预报会商以及跟踪监测预报(9分)", null, null, null, null, "2.做好气象灾害预警信息发布工作(3分)", "3.及时做好防汛抗旱决策服务和应急气象保障服务(16分)"];
  if (!g) return sheet(rows, ["A1:A3"]);
  return sheet(rows.map((r, k) => [groups[k], ...r]), ["A1:A5", "B1:B3"]);
}

describe("a rule table without its header: unnumbered items closing on their points, their groups' points holding them", () => {
  it.each<[string, Grid, string]>([
    ["as printed (目标 | 考核内容 | 评分标准 | 完成时间 | 考核部门)", forecastTable(), "B"],
    ["items numbered '1、…(6分)'", forecastTable({ numbered: true }), "B"],
    ["full-width brackets '（6分）'", forecastTable({ fullWidth: true }), "B"],
    ["traditional characters in the rules", forecastTable({ trad: true }), "B"],
    ["no 目标 column (the items first)", forecastTable({ groups: false }), "A"],
  ])("%s: the items' points from their labels, their rule lines no points of their own", (_, g, col) => {
    const r = review(g);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBeNull();
    expect(weights(g)).toEqual([[1, 6], [2, null], [3, null], [4, 2], [5, 1], [6, 3], [7, 4]]);
    expect(r.model.indicators[0].weightCell).toBe(`${col}1`);
    expect(flags(r.findings)).toEqual([]);
  });

  // near shapes
  it("labels closing on points beside dates and departments, no rule awarding points: not read", () => {
    const g = sheet([
      ["提高监测预报的准确率。(6分)", "12月20日", "预报司"],
      ["开展常态化的灾害性天气预报技术总结。(2分)", "12月20日", "预报司"],
      ["提高天气会商质量。(1分)", "12月31日", "预报司"],
      ["及时准确发布预警信息。(3分)", "12月20日", "预报司"],
    ]);
    expect(review(g).model.indicators.filter((i) => i.weight !== null)).toEqual([]);
  });

  it("a column left of the items whose points fall short of its items' (9 over 6 + 4 + 1): no groups, no table inferred", () => {
    const g = forecastTable().withCells([{ cell: "B4", value: { v: "开展常态化的灾害性天气预报技术总结。(4分)" } }]);
    // (the first group states 9 over 6 + 4 + 1 = 11: the labels left are not their groups)
    expect(review(g).model.columns.level1).toBeUndefined();
  });

  it("rules that award nothing (a plan's requirements) beside labels with points: not read as a rule table", () => {
    const g = sheet([
      ["提高监测预报的准确率。(6分)", "各省上传的地级以上城市24小时晴雨预报按时上传至国家气象信息中心。"],
      ["开展常态化的灾害性天气预报技术总结。(2分)", "开展重要天气过程预报技术总结并向预报司提交总结报告。"],
      ["提高天气会商质量。(1分)", "完成全年全国天气会商,在会商中不出现故障或差错。"],
    ]);
    expect(review(g).model.family).not.toBe("indicator-system");
  });
});

/**
 * 岳阳县 2015 民政 (the shape): a scheme pasted one paragraph per row, '(一)业务工作(70分)' over '1、社会救助工作(17分)' over
 * items opening with a head sentence stating their worth, '①低保审批程序计3分。' and their rule after it ('…计3分。'), one
 * item's rule broken onto the next paragraph ('…有电脑设备并联网' | '计0.5分。'), a bonus line with no points of its own.
 */
function scheme(o: { verb?: "计" | "记" | "計"; sep?: string; ruleBelow?: boolean; numbered?: boolean } = {}): Grid {
  const v = o.verb ?? "计";
  const sep = o.sep ?? "。";
  const code = (k: number) => (o.numbered ? `(${k})` : "①②③④⑤⑥⑦⑧⑨"[k - 1]);
  const lines: string[] = [
    "为了确保民政工作任务顺利完成,对全县民政工作实行目标管理,特制订如下考核评比方案:",
    "一、目标任务和记分标准",
    "(一)业务工作(70分)",
    "1、社会救助工作(11分)",
  ];
  const item = (k: number, name: string, p: number, rule: string) => {
    if (o.ruleBelow) lines.push(`${code(k)}${name}${v}${p}分${sep}`, rule);
    else lines.push(`${code(k)}${name}${v}${p}分${sep}${rule}`);
  };
  item(1, "低保审批程序", 3, `民主评议程序到位、审批对象准确、手续齐全,低保办理过程公开公正${v}3分。`);
  item(2, "低保动态管理", 2, `入户率100%${v}0.5分,按规定时间申报${v}0.5分,低保对象有进有出${v}0.5分,来信来访登记齐全并及时处理${v}0.5分。`);
  item(3, "低保对象排查", 2, `有排查方案及排查资料记录齐全${v}1分,少一次扣0.25分。排查对象准确${v}1分。`);
  item(4, "救助资金发放及时到位", 2, "扣发、缓发、挪用救助金,发现一例扣2分。");
  item(5, "医疗救助工作", 2, `对象准确、发放及时、手续齐全${v}2分。`);
  lines.push(`${code(6)}有改扩建敬老院任务的乡镇,视其完成情况加减分。验收合格加2分,验收不合格扣2分。`);
  lines.push("2、救灾救济工作(10分)");
  return sheet(lines.map((t) => [t]));
}

describe("a pasted rubric whose items open with a head sentence stating their worth (…计3分。)", () => {
  const itemWeights = (g: Grid) => review(g).model.indicators.map((i) => i.weight);
  it.each<[string, Grid]>([
    ["as printed ('①低保审批程序计3分。民主评议…计3分。')", scheme()],
    ["记 and a colon ('①低保审批程序记3分:…')", scheme({ verb: "记", sep: ":" })],
    ["traditional 計", scheme({ verb: "計" })],
    ["items numbered (1) (2) …", scheme({ numbered: true })],
    ["the rule on the paragraph under the head ('①低保审批程序计3分。' | '民主评议…')", scheme({ ruleBelow: true })],
  ])("%s: each item's worth its head's, nothing flagged", (_, g) => {
    const r = review(g);
    expect(r.model.family).toBe("indicator-system");
    // (the bonus line ⑥ states no points of its own)
    expect(itemWeights(g)).toEqual([3, 2, 2, 2, 2, null]);
    expect(flags(r.findings)).toEqual([]);
  });

  it("the item's name is its head sentence's, the rest its rule", () => {
    const i = review(scheme()).model.indicators[1];
    expect(i.name).toBe("低保动态管理");
    expect(i.rubric).toBe("入户率100%计0.5分,按规定时间申报计0.5分,低保对象有进有出计0.5分,来信来访登记齐全并及时处理计0.5分。");
  });

  it("a rule's four awards of 0.5 on a 2-point item add up, one of them a rate: no contradiction; tiers of time still one award", () => {
    const g = scheme();
    expect(flags(review(g).findings)).toEqual([]);
    // (two clauses each conditioned on a date are tiers: the best, 1, against the item's 2 — the line contradicts itself)
    const h = g.withCells([{ cell: "A6", value: { v: "②低保动态管理计2分。3月31日前完成的计1分,4月15日前完成的计1分,之后完成的不计分。" } }]);
    expect(flags(review(h).findings)).toEqual(["rubric-points-mismatch@A6"]);
  });

  it("a rule whose second part states its points with no verb ('…的计2分,认真做好水利普查工作2分。') is not read as awarding 2 of 4", () => {
    const g = scheme().withCells([{ cell: "A9", value: { v: "⑤基础设施建设计4分。自筹资金达5000元以上用于基础设施建设的计2分,认真做好水利普查工作2分。" } }]);
    const r = review(g);
    expect(r.model.indicators.find((i) => i.row === 9)?.weight).toBe(4);
    expect(flags(r.findings)).toEqual([]);
  });

  // near shapes
  it.each<[string, string]>([
    ["a rule's clause with a rate ('①入户率100%计0.5分。…')", "①入户率100%计0.5分。按规定时间申报计0.5分。"],
    ["a tier ('①按时上报的计1分。…')", "①按时上报的计1分。迟报的不计分。"],
    ["a clause listed on with a comma ('①资料齐全计1分,…')", "①资料齐全计1分,档案规范计1分。"],
  ])("%s: no head sentence, the points read from the awards as before", (_, text) => {
    // (in the bonus line's place, ⑥: the list read as before, the line's points its awards')
    const g = scheme().withCells([{ cell: "A10", value: { v: text } }]);
    const i = review(g).model.indicators.find((x) => x.row === 10);
    // (the line's awards are its points — not a name stated with its worth)
    expect(i?.name).toBe(text.slice(1));
  });

  it("a pasted work plan with no points: no rubric", () => {
    const g = sheet([["一、工作任务"], ["(一)社会救助"], ["1、低保审批程序规范。"], ["2、低保动态管理到位。"], ["3、低保对象排查。"], ["4、救助资金发放及时。"], ["(二)救灾救济"], ["1、建立救灾科目。"]].map((r) => r as Row));
    expect(review(g).model.family).not.toBe("indicator-system");
  });
});
