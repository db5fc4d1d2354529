import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { CLASS_WORDS, Layout, printClassHeadings, printGrouped, truthGroups } from "./dev46-generated";

/**
 * dev46 (session 46): older development gaps, read as classes.
 * (a) a score printed once for a group of lines that each state their own points (湖南城市学院 团委: 考评得分 21 merged over
 *     思想引领's seven rules, 4 + 4 + 2 + 2 + 3 + 4 + 2 = 21): the group's score, no line's — merged down, on the first line
 *     only, or written again on every line (group-scores.ts); variants by hand and printed again from the corpus's truths.
 * (b) a rubric pasted as paragraphs whose groups are unnumbered class headings stating their points in the label
 *     ('重点工作目标(一类目标40分)') over their items numbered anew (嵊州 林业局): the headings head the list
 *     (paragraph-list.ts CLASS_HEAD, classHeading); a line of the form's score heads beside the list does not end it.
 * (c) a page cut after its first heading: '一、财务状况〔5分〕' over one paragraph numbering its parts, each closed by points
 *     (进贤 卫生院院长 细则): one item (paragraph-list.ts pointedClausesItem); '〔0.5分〕' a points bracket.
 */
type Row = (CellValue | undefined)[];
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
const lines = (g: Grid) => review(g, "national").model.indicators.map((i) => [i.row, i.weight, i.claimedScore]);
const groupScores = (g: Grid) => (review(g, "national").model.groupScores ?? []).map((x) => [x.score.cell, x.score.value, x.points]);

// —— (a) the 团委 shape ——
describe("(a) a score printed once for a group of weighted lines", () => {
  const head: Row = ["一级指标", "二级指标", "评分标准", "评分依据", "分值", "考评得分"];
  const body = (s1: CellValue, s2: CellValue, last: Row = ["", "", "三会两课一制开展情况", "检查结果", "2分", ""]): Row[] => [
    head,
    ["团委工作", "领导重视", "缺席1次扣1分,扣完为止。", "签名记录", "2分", 2],
    ["", "思想引领", "年度政治学习排名前3名得满分。", "检查结果", "4分", s1],
    ["", "", "青马工程、团校培训考核。", "检查结果", "4分", ""],
    ["", "", "与信仰对话专题讲座。", "材料记录", "2分", ""],
    ["", "基层组织建设", "团委书记履职情况", "检查结果", "1分", s2],
    last,
  ];
  const merges = ["A2:A7", "B3:B5", "F3:F5", "B6:B7", "F6:F7"];

  test("团委's shape: 9 merged over 4 + 4 + 2, 3 over 1 + 2 — the groups' scores; the lines carry none, no finding", () => {
    const g = sheet(body(9, 3), merges);
    expect(lines(g)).toEqual([[2, 2, 2], [3, 4, null], [4, 4, null], [5, 2, null], [6, 1, null], [7, 2, null]]);
    expect(groupScores(g)).toEqual([["F3", 9, 10], ["F6", 3, 3]]);
    expect(errors(g)).toEqual([]);
  });

  test("the group's score above its lines' points together (11 over 4 + 4 + 2 = 10): score-exceeds-weight at F3", () => {
    expect(errors(sheet(body(11, 3), merges))).toEqual(["score-exceeds-weight@F3"]);
  });

  test("a group cut by the page (its last rule's points not printed): its score stands against no known points", () => {
    const g = sheet([...body(9, 12), ["", "", "智慧团建考核排名前3名得满分。", "相关检查", "", ""]], ["A2:A8", "B3:B5", "F3:F5", "B6:B8", "F6:F8"]);
    expect(groupScores(g)).toEqual([["F3", 9, 10], ["F6", 12, null]]);
    expect(lines(g)).toEqual([[2, 2, 2], [3, 4, null], [4, 4, null], [5, 2, null], [6, 1, null], [7, 2, null]]);
    expect(errors(g)).toEqual([]);
  });

  // five variants another publisher would print
  test("variant: merges undone (a CSV dump), the label and the score on the group's first line only", () => {
    const g = sheet(body(9, 3));
    expect(lines(g)).toEqual([[2, 2, 2], [3, 4, null], [4, 4, null], [5, 2, null], [6, 1, null], [7, 2, null]]);
    expect(groupScores(g)).toEqual([["F3", 9, 10], ["F6", 3, 3]]);
    expect(errors(g)).toEqual([]);
  });

  test("variant: an export filling every merge down (the label and the group's score on each line)", () => {
    const rows = body(9, 3).map((r, k) => (k >= 3 && k <= 4 ? ["团委工作", "思想引领", r[2], r[3], r[4], 9] : k === 6 ? ["团委工作", "基层组织建设", r[2], r[3], r[4], 3] : k >= 1 ? ["团委工作", ...r.slice(1)] : r));
    const g = sheet(rows);
    expect(groupScores(g)).toEqual([["F3", 9, 10], ["F6", 3, 3]]);
    expect(lines(g).map((x) => x[2])).toEqual([2, null, null, null, null, null]);
    expect(errors(g)).toEqual([]);
  });

  test("variant: traditional characters, no title column, other heads (考核項目 | 考核內容 | 標準分 | 評定得分), points as numbers", () => {
    const g = sheet(
      [
        ["考核項目", "考核內容", "標準分", "評定得分"],
        ["組織領導", "成立工作領導小組,明確分管領導。", 3, 7],
        ["", "制定年度工作計劃並按時上報。", 3, ""],
        ["", "定期召開專題會議研究工作。", 2, ""],
        ["宣傳教育", "開展主題宣傳活動不少於4次。", 5, 8],
        ["", "建立宣傳欄並及時更新。", 5, ""],
      ],
      ["A2:A4", "D2:D4", "A5:A6", "D5:D6"],
    );
    expect(groupScores(g)).toEqual([["D2", 7, 8], ["D5", 8, 10]]);
    expect(lines(g).map((x) => x[2])).toEqual([null, null, null, null, null]);
    expect(errors(g)).toEqual([]);
  });

  test("variant: the score column before a remarks column, three levels (一级 | 二级 | 三级 | 分值 | 得分 | 备注), the score merged over the 二级", () => {
    const g = sheet(
      [
        ["一级指标", "二级指标", "三级指标", "分值", "得分", "备注"],
        ["管理", "制度建设", "制度健全", 5, 12, ""],
        ["", "", "执行到位", 5, "", ""],
        ["", "", "台账规范", 4, "", ""],
        ["", "资金管理", "专款专用", 6, 6, ""],
      ],
      ["A2:A5", "B2:B4", "E2:E4"],
    );
    expect(groupScores(g)).toEqual([["E2", 12, 14]]);
    expect(lines(g)).toEqual([[2, 5, null], [3, 5, null], [4, 4, null], [5, 6, 6]]);
    expect(errors(g)).toEqual([]);
  });

  test("variant: two lines of equal points under one merged label (10 + 10, scored 19): a group, not a parent and its part", () => {
    const g = sheet([["考核项目", "考核内容", "分值", "得分"], ["目标考核", "纳入政府目标考核。", 10, 19], ["", "有考核,有考核结果。", 10, ""], ["经费保障", "经费纳入预算。", 5, 5]], ["A2:A3", "D2:D3"]);
    expect(groupScores(g)).toEqual([["D2", 19, 20]]);
    expect(errors(g)).toEqual([]);
  });

  // near shapes that must not be read as a group's score
  test("near: each line scored in its own cell (9 over its 4): the line's own slip, score-exceeds-weight at F3", () => {
    const rows = body(9, 1).map((r, k) => (k === 3 ? [...r.slice(0, 5), 4] : k === 4 ? [...r.slice(0, 5), 2] : k === 6 ? [...r.slice(0, 5), 2] : r));
    const g = sheet(rows, ["A2:A7", "B3:B5", "B6:B7"]);
    expect(groupScores(g)).toEqual([]);
    expect(errors(g)).toEqual(["score-exceeds-weight@F3"]);
  });

  test("near: the first line only scored, within its own points (3 of 4), the others blank: its own score, the others missing", () => {
    const g = sheet(body(3, 1));
    expect(groupScores(g)).toEqual([]);
    expect(lines(g)[1]).toEqual([3, 4, 3]);
    // (F7, the table's last line, may be cut by the page: not reported)
    expect(errors(g)).toEqual(["missing-score@F4", "missing-score@F5"]);
  });

  test("near: the first line only scored, above every line's points together (25 over 4 + 4 + 2): the line's slip, flagged", () => {
    expect(errors(sheet(body(25, 3)))).toContain("score-exceeds-weight@F3");
  });

  test("near: the same score on every line, within each line's points (2 on lines of 2, 2, 2): the lines' own scores", () => {
    const g = sheet([["考核项目", "考核内容", "分值", "得分"], ["组织", "一", 2, 2], ["组织", "二", 2, 2], ["组织", "三", 2, 2]]);
    expect(groupScores(g)).toEqual([]);
    expect(lines(g)).toEqual([[2, 2, 2], [3, 2, 2], [4, 2, 2]]);
  });

  test("near: a parent line over two parts that make up its points exactly (16 over 8 + 8) under one merged score: parent and parts, as before", () => {
    const g = sheet([["考核项目", "考核内容", "分值", "得分"], ["组织领导", "一、组织领导", 16, 15], ["", "1.机构健全", 8, ""], ["", "2.制度完善", 8, ""]], ["A2:A4", "D2:D4"]);
    expect(groupScores(g)).toEqual([]);
    expect(review(g, "national").model.indicators.map((i) => i.childOfRow)).toEqual([null, 2, 2]);
  });
});

// —— (a) printed again from the corpus's truths ——
describe("(a) group-scored tables printed from the corpus's indicator-system truths", () => {
  const sheets = truthGroups();
  const reads = (layout: Layout) => {
    let ok = 0;
    for (const s of sheets) {
      const p = printGrouped(s, layout);
      const r = review(p.grid, "national");
      const got = new Map(r.model.indicators.map((i) => [i.row, i]));
      const items = p.items.every(([row, w]) => got.get(row)?.weight === w && got.get(row)?.claimedScore === null);
      const scores = JSON.stringify((r.model.groupScores ?? []).map((g) => [g.score.cell, g.score.value])) === JSON.stringify(p.scores);
      const clean = !r.findings.some((f) => f.severity === "error" && /score/.test(f.rule));
      if (items && scores && clean && r.model.family === "indicator-system") ok++;
    }
    return ok;
  };
  // (the count follows the corpus: 199 at session 54's end, 202 after session 55's graduation and new sheets)
  test("the truths give 202 tables of groups of two weighted items or more", () => {
    expect(sheets.length).toBe(202);
  });
  // (measured on dev46: merged 191, first line 197, every line 197, named (考核项目 | 考核内容 | 分值 | 得分) 191 — the misses are groups whose lines after the first
  // add up exactly to its points, read as a parent and its parts, and groups whose score equals a line's points)
  test.each([["merged", 191], ["first line", 197], ["every line", 197], ["named", 191]] as [Layout, number][])("%s: %i of 202 read (items unscored, the groups' scores, no score finding)", (layout, n) => {
    expect(reads(layout)).toBeGreaterThanOrEqual(n);
  });
});

// —— (b) class headings over items numbered anew ——
const col = (rows: string[]) => rows.map((t) => [t]);
const family = (g: Grid) => review(g, "national").model.family;
const weightsOf = (g: Grid) => review(g, "national").model.indicators.map((i) => [i.row, i.weight]);

describe("(b) unnumbered class headings stating their points over items numbered anew", () => {
  const shengzhou = (first = "重点工作目标(一类目标40分)", second = "日常工作目标(二类目标32分)", p1 = 10) => [
    "林业局履行职能目标任务分解表",
    first,
    "定量工作",
    `1.制订茶叶品牌建设开展规划,品牌建设取得突破性进展。(${p1}分)`,
    "2.做好建设林地审批工作。(10分)",
    "定性工作",
    "1.茶叶物流中心结顶,推进花木交易中心建设。(10分)",
    "2.实施东部山体覆绿工程。(10分)",
    second,
    "1.开展特色基地1.5万亩。(16分)",
    "2.完成造林300亩。(16分)",
  ];

  test("嵊州's shape: 40 over 10 + 10 + 10 + 10, 32 over 16 + 16 — the items read under their classes, no finding", () => {
    const g = sheet(col(shengzhou()));
    expect(family(g)).toBe("indicator-system");
    expect(weightsOf(g)).toEqual([[4, 10], [5, 10], [7, 10], [8, 10], [10, 16], [11, 16]]);
    expect(errors(g)).toEqual([]);
  });

  test("a slip: 40 over 12 + 10 + 10 + 10 = 42 — weight-sum-mismatch at the class heading A2", () => {
    expect(errors(sheet(col(shengzhou(undefined, undefined, 12))))).toEqual(["weight-sum-mismatch@A2"]);
  });

  test("the form's score heads printed among the items ('| 自评分(理由及依据) | 考核得分'): the list goes on past them", () => {
    const rows: Row[] = col(shengzhou(undefined, undefined, 12));
    rows.splice(5, 0, ["", "自评分(理由及依据)", "考核得分"]);
    expect(errors(sheet(rows))).toEqual(["weight-sum-mismatch@A2"]);
  });

  // variants another publisher would print
  test.each([
    ["plain points", "重点工作(40分)", "日常工作(32分)"],
    ["共", "一类目标(共40分)", "二类目标(共32分)"],
    ["traditional, 滿分", "重點工作目標(滿分40分)", "日常工作目標(滿分32分)"],
    ["a colon after the bracket", "重点工作目标(一类目标40分):", "日常工作目标(二类目标32分):"],
    ["full-width brackets", "重点工作目标（一类目标40分）", "日常工作目标（二类目标32分）"],
  ])("variant: %s", (_w, a, b) => {
    const g = sheet(col(shengzhou(a, b)));
    expect(weightsOf(g)).toEqual([[4, 10], [5, 10], [7, 10], [8, 10], [10, 16], [11, 16]]);
    expect(errors(sheet(col(shengzhou(a, b, 12))))).toEqual(["weight-sum-mismatch@A2"]);
  });

  // near shapes
  test("near: unnumbered pointed paragraphs under a numbered line, the numbering going on ('1、加强领导(5分)' over '…(1分)'): its parts, no class heads", () => {
    const g = sheet(col(["绿化工作考核", "1、加强领导(5分)", "建立林业绿化工作班子(2分)", "落实干部考核责任制(3分)", "2、造林绿化(10分)", "完成造林任务(6分)", "完成四旁植树(4分)", "3、森林防火(5分)", "建立防火队伍(5分)"]));
    expect(errors(g)).toEqual([]);
  });

  test("near: a rule in the bracket ('重点工作目标(每项扣2分)') is no class heading: no sum against it", () => {
    expect(errors(sheet(col(shengzhou("重点工作目标(每项扣2分)", undefined, 12))))).not.toContain("weight-sum-mismatch@A2");
  });

  test("near: a heading stating points over numbered prose stating none ('考核办法(100分)' over '1.考核对象…'): no rubric", () => {
    const g = sheet(col(["通知", "考核办法(100分)", "1.考核对象为各乡镇。", "2.考核时间为每年12月。", "3.考核结果予以通报。"]));
    expect(family(g)).toBe("unknown");
  });
});

describe("(b) the corpus's group tables printed as class headings over numbered items", () => {
  const sheets = truthGroups().filter((s) => s.groups.length >= 2);
  const reads = (word: string, slip: boolean) => {
    let ok = 0;
    for (const s of sheets) {
      const p = printClassHeadings(s, word, slip);
      const r = review(p.grid, "national");
      const got = new Map(r.model.indicators.map((i) => [i.row, i.weight]));
      const items = p.items.every(([row, w]) => got.has(row) && Math.abs((got.get(row) ?? -1) - w) < 0.005);
      const errs = r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
      if (r.model.family === "indicator-system" && items && JSON.stringify(errs) === JSON.stringify(slip ? [`weight-sum-mismatch@${p.heads[0][0]}`] : [])) ok++;
    }
    return ok;
  };
  test("128 truths with two groups or more", () => expect(sheets.length).toBe(128));
  // (measured on dev46: 118 read clean and 116 slips found with each class word, 120 clean with 满分; the misses: items
  // whose names the truths cut or state as rules with points inside them, read as other shapes)
  test.each(CLASS_WORDS.map((w) => [w || "(none)", w] as [string, string]))("class word %s: nearly all read, and the slip found", (_l, w) => {
    expect(reads(w, false)).toBeGreaterThanOrEqual(118);
    expect(reads(w, true)).toBeGreaterThanOrEqual(116);
  });
});

// —— (c) a cut page's first heading over a paragraph of pointed clauses ——
describe("(c) a page cut after its first heading, its paragraph numbering the heading's parts with their points", () => {
  const PARA = "考核内容及评分方法:1.现金必须按规定的使用范围使用,不得以白条抵现金〔0.5分〕;2.业务收入必须存入财政专户,票款相符〔1分〕;3.固定资产的购置、变卖、报废必须报批〔0.5分〕;4.医院年终结余,包含业务收支结余和专项收支结余,要结转下年度继续专";
  const page = (head: string, para = PARA) => col(["附件2:", "进贤县乡镇卫生院院长绩效考核细则", head, para]);

  test("进贤's shape: one item at the paragraph, the heading's 5 its points, the page cut — no finding", () => {
    const g = sheet(page("一、财务状况〔5分〕"));
    expect(family(g)).toBe("indicator-system");
    expect(weightsOf(g)).toEqual([[4, 5]]);
    expect(errors(g)).toEqual([]);
  });

  test.each([
    ["round brackets", "一、财务状况(5分)", PARA.replace(/〔/g, "(").replace(/〕/g, ")")],
    ["lenticular brackets", "一、财务状况【5分】", PARA.replace(/〔/g, "【").replace(/〕/g, "】")],
    ["traditional characters", "一、財務狀況〔5分〕", PARA.replace("现金必须", "現金必須")],
    ["a (一) heading, 、 after the clause numbers", "(一)财务状况(5分)", PARA.replace(/([:;])(\d)\./g, "$1$2、")],
    ["a page footer under it", "一、财务状况〔5分〕", PARA],
  ])("variant: %s", (name, head, para) => {
    const rows = page(head, para);
    if (name === "a page footer under it") rows.push(["第1页,共1页"]);
    const g = sheet(rows);
    expect(family(g)).toBe("indicator-system");
    expect(weightsOf(g)).toEqual([[4, 5]]);
  });

  test("variant: the page printed twice, one under the other: an item under each heading", () => {
    const g = sheet([...page("一、财务状况〔5分〕"), ...page("一、财务状况〔5分〕").slice(2)]);
    expect(weightsOf(g)).toEqual([[4, 5], [6, 5]]);
  });

  // near shapes
  test("near: the heading over a paragraph of bonus awards and caps ('每开展一项加2分,最高不超过4分'): not read", () => {
    expect(family(sheet(page("一、加分项目(10分)", "1.开展中医药适宜技术,每开展一项加2分,最高不超过4分;2.发表论文1篇加1分,最多不超过5分;")))).toBe("unknown");
  });

  test("near: the heading over prose with no points: not read", () => {
    expect(family(sheet(page("一、财务状况(5分)", "1.现金必须按规定使用;2.业务收入必须存入财政专户;3.固定资产必须报批。")))).toBe("unknown");
  });

  test("near: the clauses' points above the heading's (3 + 3 over 5): no parts of it, not read", () => {
    const g = sheet(page("一、财务状况(5分)", "1.现金按规定使用(3分);2.业务收入存入财政专户(3分);"));
    // (no item read, nothing flagged; since fam46 the page's family is named from its evidence — a 考核细则 with points —
    // the family only, families/evidence-fallback.ts)
    expect(weightsOf(g)).toEqual([]);
    expect(errors(g)).toEqual([]);
  });
});
