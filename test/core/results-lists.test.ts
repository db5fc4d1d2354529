import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { rankOf, rankRelations, unitResultList } from "../../src/core/recognise/unit-results";
import { review } from "../../src/core/review";

/**
 * A township's monthly results list (南安 丰州 2025-10: 排名 | 村别 | 考评暗访存在问题 | 得分, ranks in words 第一名 …
 * 第十三名, a road line without a place under them; 南安 码头 2019-05: 名次 | 村(居) | 本月各级暗访情况 | 考评成绩 |
 * 奖励金(元), numeric ranks with ties): the results of one assessment over its villages, an evaluation summary, whose ranks
 * are read against the scores (rank-mismatch) whether written as numbers or in words. The columns of remarks in words and
 * the prize of each place are columns the list does not read. Counter-shapes: ranks by another column, a 序号 column, ranks
 * given per group, a bare numeral, a line the list adds without a place, a dense ranking, an amount column, and the title
 * route (a notice naming no other list, its ranks following its scores; not where they do not, nor under a 汇总表).
 */
type Row = (string | number)[];
const g = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const findings = (grid: Grid, rule: string) => review(grid, "national").findings.filter((f) => f.rule === rule);
const errors = (grid: Grid) => review(grid, "national").findings.filter((f) => f.severity === "error");

describe("rankOf: a rank cell's place", () => {
  test.each([
    ["3", 3],
    ["第3名", 3],
    ["第3", 3],
    ["第一名", 1],
    ["第十名", 10],
    ["第十二名", 12],
    ["第二十三", 23],
    ["三名", 3],
    ["并列第四名", 4],
    ["第4名(并列)", 4],
    ["4并列", 4],
  ])("%s → %d", (text, n) => expect(rankOf(text)).toBe(n));

  test.each([["三"], ["一、"], ["第一组"], ["甲村"], ["优秀"], ["第1.5名"]])("%s → no rank", (text) => expect(rankOf(text)).toBeNull());
});

const WORDS_TITLE = "某镇2025年10月村级环境卫生考评情况通报";
const WORDS_HEAD: Row = ["排名", "村别", "考评暗访存在问题", "得分"];
/** scores 93, 90, 90, 88, 85: competition places 1, 2–3, 2–3, 4, 5 */
const WORDS: Row[] = [
  ["第一名", "甲村", "房前屋后保洁不到位", 93],
  ["第二名", "乙村", "垃圾桶收集点保洁不到位", 90],
  ["第二名", "丙村", "主干道保洁不到位", 90],
  ["第四名", "丁村", "牛皮癣未清理", 88],
  ["第五名", "戊村", "排水沟内保洁不到位", 85],
];
/** a road the list adds under the villages, its name merged over 排名 | 村别, no place */
const ROAD: Row = ["省道215", "", "主干道、辅道保洁不到位", 88];
const words = (lines: Row[] = WORDS, title = WORDS_TITLE, head: Row = WORDS_HEAD) => g([[title], head, ...lines, ROAD], [`A${lines.length + 3}:B${lines.length + 3}`]);
const withRank = (lines: Row[], k: number, rank: string): Row[] => lines.map((l, i) => (i === k ? [rank, ...l.slice(1)] : [...l]));

describe("排名 | 村别 | 考评暗访存在问题 | 得分, ranks in words", () => {
  test("an evaluation summary headed at row 2, the five villages and the road its lines (rows 3–8), no error", () => {
    const grid = words();
    expect(unitResultList(grid)).toMatchObject({ headerRow: 2, unitCol: 2, scoreCol: 4, noteCol: null, rows: [3, 4, 5, 6, 7, 8] });
    const m = recognise(grid);
    expect([m.family, m.headerRow]).toEqual(["evaluation-summary", 2]);
    expect(errors(grid)).toEqual([]);
  });

  test("the ranks read in words, the road's line (its name over the rank cell, merged or filled across) unranked", () => {
    for (const grid of [words(), g([[WORDS_TITLE], WORDS_HEAD, ...WORDS, ["省道215", "省道215", "主干道保洁不到位", 88]])]) {
      expect(rankRelations(grid).map((r) => [r.rank.cell, r.rank.value, r.total.value])).toEqual([
        ["A3", 1, 93],
        ["A4", 2, 90],
        ["A5", 2, 90],
        ["A6", 4, 88],
        ["A7", 5, 85],
      ]);
    }
  });

  test("戊村 85 placed 第四名 beside 丁村's 88 (丰州's slip): rank-mismatch at A7, expected 5", () => {
    const f = findings(words(withRank(WORDS, 4, "第四名")), "rank-mismatch");
    expect(f.map((x) => [x.cell, x.related, x.data!.rank, x.data!.expected])).toEqual([["A7", ["D7"], "第四名", "5"]]);
  });

  test("the remarks in words are no notes of deductions: no difference against 100 (93 with no 扣 stated)", () => {
    const rels = review(words(), "national").model.relations.filter((r) => r.kind === "difference");
    expect(rels).toEqual([]);
  });

  test("a dense ranking in words (第一名, 第二名, 第二名, 第三名, 第四名): read dense, no finding; 戊村 第三名 found, expected 4", () => {
    const dense = [...WORDS.slice(0, 3).map((l) => [...l]), withRank(WORDS, 3, "第三名")[3], withRank(WORDS, 4, "第四名")[4]];
    expect(rankRelations(words(dense))[0].ranking.dense).toBe(true);
    expect(findings(words(dense), "rank-mismatch")).toEqual([]);
    const slip = dense.map((l, i) => (i === 4 ? ["第三名", ...l.slice(1)] : l));
    expect(findings(words(slip), "rank-mismatch").map((x) => [x.cell, x.data!.expected])).toEqual([["A7", "4"]]);
  });

  test.each([
    ["本月排名", "村名", "暗访得分"],
    ["考评名次", "村居名称", "检查成绩"],
    ["排序", "镇(街)", "得分"],
  ])("the same list headed %s | %s | … | %s: headed at row 2, five ranks read", (rank, unit, score) => {
    const grid = words(WORDS, WORDS_TITLE, [rank, unit, WORDS_HEAD[2], score]);
    expect(unitResultList(grid)).toMatchObject({ headerRow: 2, unitCol: 2, scoreCol: 4 });
    expect(rankRelations(grid).length).toBe(5);
  });

  test("a line marked unranked ('/' or 不参评: 戊村 85) passed over, the four others read (1, 2, 2, 4 on 93, 90, 90, 88), no finding", () => {
    for (const mark of ["/", "不参评"]) {
      const lines = withRank(WORDS, 4, mark);
      expect(rankRelations(words(lines)).map((r) => r.rank.cell)).toEqual(["A3", "A4", "A5", "A6"]);
      expect(findings(words(lines), "rank-mismatch")).toEqual([]);
    }
  });

  test("counter-shape: a line ranked with a text that is no rank and no mark (待定): no column of ranks", () => {
    expect(rankRelations(words(withRank(WORDS, 4, "待定")))).toEqual([]);
  });

  test.each([
    // (ranks by another column: 第一名 … 第五名 on 85, 93, 88, 90, 90 — one line in five in its place)
    ["ranks by another column", ["第一名", "第二名", "第三名", "第四名", "第五名"], [85, 93, 88, 90, 90]],
    // (each group from 第一名: 一类 93, 90, 88; 二类 90, 85 — rank 1 on 93 and on 90)
    ["two groups ranked apart", ["第一名", "第二名", "第三名", "第一名", "第二名"], [93, 90, 88, 90, 85]],
    // (a bare numeral is a heading's, no rank: no column of ranks)
    ["bare numerals", ["一", "二", "三", "四", "五"], [93, 90, 90, 88, 85]],
  ])("counter-shape: %s — no rank read, no rank-mismatch", (_, ranks, scores) => {
    const lines = WORDS.map((l, i) => [ranks[i], l[1], l[2], scores[i]]);
    expect(rankRelations(words(lines))).toEqual([]);
    expect(findings(words(lines), "rank-mismatch")).toEqual([]);
  });
});

describe("名次 | 村(居) | 本月各级暗访情况 | 考评成绩 | 奖励金(元) under a section line", () => {
  const HEAD: Row = ["名次", "村(居)", "本月各级暗访情况", "考评成绩", "奖励金(元)"];
  /** 95.5 1, 95 2, 94.5 3, 90.5 4 and 4, 90 6: competition ranking */
  const LINES: Row[] = [
    [1, "甲村", "5月份泉州暗访成绩93.7", 95.5, 5000],
    [2, "乙村", "5月份泉州暗访成绩93.8", 95, 5000],
    [3, "丙村", "5月份南安暗访成绩92", 94.5, 2000],
    [4, "丁村", "", 90.5, ""],
    [4, "戊村", "", 90.5, ""],
    [6, "己村", "", 90, ""],
  ];
  const sheet = (head: Row = HEAD, lines: Row[] = LINES) =>
    g([["某镇人民政府关于5月份环境卫生考评情况的通报"], ["一、考评综合成绩排名及表现情况"], head, ...lines, ["二、考评情况"]], ["A1:E1", "A2:E2", "A10:E10"]);

  test("an evaluation summary headed at row 3, six villages (rows 4–9), six ranks read, no error", () => {
    const grid = sheet();
    expect(unitResultList(grid)).toMatchObject({ headerRow: 3, unitCol: 2, scoreCol: 4, rows: [4, 5, 6, 7, 8, 9] });
    expect([recognise(grid).family, recognise(grid).headerRow]).toEqual(["evaluation-summary", 3]);
    expect(rankRelations(grid).map((r) => r.rank.value)).toEqual([1, 2, 3, 4, 4, 6]);
    expect(errors(grid)).toEqual([]);
  });

  test("丙村 94.5 ranked 4 beside the tie at 90.5 (1, 2, 4, 4, 4, 6: five in place as places spanned, four as dense): rank-mismatch at A6, expected 3", () => {
    const lines = LINES.map((l, i) => (i === 2 ? [4, ...l.slice(1)] : [...l]));
    expect(findings(sheet(HEAD, lines), "rank-mismatch").map((x) => [x.cell, x.data!.expected])).toEqual([["A6", "3"]]);
  });

  test("1, 2, 3, 4, 4, 5 (己村 90 after the tie at 4): a dense ranking, read so, no finding", () => {
    const lines = LINES.map((l, i) => (i === 5 ? [5, ...l.slice(1)] : [...l]));
    expect(rankRelations(sheet(HEAD, lines))[0].ranking.dense).toBe(true);
    expect(findings(sheet(HEAD, lines), "rank-mismatch")).toEqual([]);
  });

  test.each([
    ["村(社区)", "考核成绩", "奖金"],
    ["社区", "综合成绩", "奖励金额(万元)"],
    ["镇别", "得分", "奖励(元)"],
  ])("the same list with %s | %s | %s: headed at row 3", (unit, score, prize) => {
    expect(unitResultList(sheet([HEAD[0], unit, HEAD[2], score, prize]))).toMatchObject({ headerRow: 3, unitCol: 2, scoreCol: 4 });
  });

  test.each([
    ["an amount allotted (分配金额(万元)) where the prize stood", ["名次", "村(居)", "本月各级暗访情况", "考评成绩", "分配金额(万元)"]],
    ["a subsidy (奖补资金(万元)) where the prize stood", ["名次", "村(居)", "本月各级暗访情况", "考评成绩", "奖补资金(万元)"]],
  ])("counter-shape: %s — no result list", (_, head) => {
    expect(unitResultList(sheet(head))).toBeNull();
  });

  // (a bare 成绩 names no assessment's score, and the word reader declines it; its places ordering it on six lines are a
  // ranking read from its shape — grad44c, ranked-lists.ts: a results list whatever its heads say)
  test("a bare 成绩: read from its shape, 名次 ordering 成绩", () => {
    expect(unitResultList(sheet(["名次", "村(居)", "本月各级暗访情况", "成绩", "奖励金(元)"]))).toMatchObject({ headerRow: 3, unitCol: 2, scoreCol: 4, rankCol: 1 });
  });
});

describe("the title route: a notice naming no assessment, its ranks following its scores", () => {
  const NOTICE = "某镇2025年10月村级环境卫生情况通报";
  const HEAD: Row = ["排名", "村别", "得分"];
  const lines = (ranks: Row, scores: number[]): Row[] => ranks.map((r, i) => [r, `${"甲乙丙丁戊"[i]}村`, scores[i]]);
  const sheet = (title: string, head: Row, rows: Row[]) => g([[title], head, ...rows]);

  test("排名 1, 2, 2, 4, 5 on 93, 90, 90, 88, 85 (ties on equal scores): a result list, an evaluation summary", () => {
    const grid = sheet(NOTICE, HEAD, lines([1, 2, 2, 4, 5], [93, 90, 90, 88, 85]));
    expect(unitResultList(grid)).toMatchObject({ headerRow: 2, unitCol: 2, scoreCol: 3, rows: [3, 4, 5, 6, 7] });
    expect(recognise(grid).family).toBe("evaluation-summary");
  });

  test.each([
    // (a tie given to unequal scores: 90 and 88 both 2)
    ["a rank shared by unequal scores", NOTICE, HEAD, lines([1, 2, 2, 2, 5], [93, 90, 90, 88, 85])],
    // (ranked by another column: 85 first)
    ["ranks not following the scores", NOTICE, HEAD, lines([1, 2, 3, 4, 5], [85, 93, 88, 90, 90])],
    // (a 序号 column numbers the lines, it ranks nothing, even where the scores happen to fall)
    ["a 序号 column", NOTICE, ["序号", "村别", "得分"], lines([1, 2, 3, 4, 5], [93, 90, 89, 88, 85])],
    // (a title naming another list says what it is)
    ["a notice of a 汇总表", "某镇2025年10月村级环境卫生汇总表的通报", HEAD, lines([1, 2, 2, 4, 5], [93, 90, 90, 88, 85])],
  ])("counter-shape: %s — no result list", (_, title, head, rows) => {
    const grid = sheet(title, head, rows);
    expect(unitResultList(grid)).toBeNull();
    expect(recognise(grid).family).not.toBe("evaluation-summary");
  });
});

describe("notes under a note head (存在问题) read for deductions only where they state some", () => {
  const sheet = (notes: string[]) =>
    g([["某镇2025年10月村级环境卫生考评情况通报"], ["排名", "村别", "存在问题", "得分"], ...notes.map((n, i) => [`第${"一二三"[i]}名`, `${"甲乙丙"[i]}村`, n, [98, 97, 95][i]])]);

  test("problems in words on every line (保洁不到位; 98, 97, 95): no base less deductions, no total-mismatch", () => {
    const r = review(sheet(["房前屋后保洁不到位", "垃圾桶保洁不到位", "主干道保洁不到位"]), "national");
    expect(r.model.relations.filter((x) => x.kind === "difference")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });

  test("counter-shape: deductions stated (扣2分, 扣3分, 扣4分 on 98, 97, 95): three differences read, 丙村 100 − 4 = 96 ≠ 95 at D5", () => {
    const r = review(sheet(["保洁不到位扣2分", "垃圾桶保洁不到位扣3分", "主干道保洁不到位扣4分"]), "national");
    expect(r.model.relations.filter((x) => x.kind === "difference").length).toBe(3);
    expect(r.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["D5"]);
  });
});
