import { review } from "../../src/core/review";
import { differenceSources, measure, measureImplied, measureNear, NEAR, SHAPES, WORDS } from "./grad50b-shapes";
import { linesGrid as doc } from "../helpers";

/**
 * grad50b (session 50; grad50b-diagnosis.md): a difference named by its two amounts' words, and its rate, in one sentence
 * (relations/stated-differences.ts, vocabulary.ts DIFFERENCE_PAIRS). Hand variants, near shapes, and the corpus's own
 * stated differences printed again in the class's shapes (grad50b-shapes.ts).
 */
type Row = (string | number)[];
const errors = (lines: (string | Row)[]) =>
  review(doc(lines), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);
const one = (t: string) => errors(["情况说明", t]);

describe("a difference named by its amounts' words (凌云 A2)", () => {
  const lingyun = [
    "今年以来,凌云县财政局紧紧围绕深化改革的总体要求,科学谋划、合理部署,深入推进财政国库管理改革。",
    "据了解2018年全县采购预算金额为42875.34万元,实际采购金额为42642.41万元,节约金额232.93万元,资金节约率为0.54%。截至11月份,全县共完成财政投资项目评审162个,送审金额115991万元,审定金额97219万元,审减金额18906万元,审减率16.39%。",
  ];
  test("the sheet: 115991 − 97219 = 18772, not 18906; 16.39% is neither 18906 / 115991 (16.30%) nor 18772 / 115991; the 节约 quadruple holds", () => {
    const r = review(doc(lingyun), "national");
    const f = r.findings.filter((x) => x.severity !== "info");
    expect(f.map((x) => `${x.rule}@${x.cell}`).sort()).toEqual(["ratio-mismatch@A2", "total-mismatch@A2"]);
    const d = f.find((x) => x.rule === "total-mismatch")!;
    expect(d.messageId).toBe("difference");
    expect(d.message).toContain("18772");
    expect(d.message).toContain("18906");
    expect(f.find((x) => x.rule === "ratio-mismatch")!.message).toContain("18906/115991 = 16.30%");
    const ids = r.model.relations.filter((x) => x.id.includes("stated-difference")).map((x) => x.id);
    expect(ids).toEqual(["difference:A2:stated-difference:0", "ratio:A2:stated-difference:0", "difference:A2:stated-difference:1", "ratio:A2:stated-difference:1"]);
  });

  test("near variants: other words, the difference first, 繁體, no rate, a rate of the difference against the 审定 amount where its bracket says so", () => {
    expect(one("送审金额115991万元,审定金额97219万元,审减金额18772万元,审减率16.18%。")).toEqual([]);
    expect(one("审减金额18906万元,送审金额115991万元,审定金额97219万元。")).toEqual(["total-mismatch@A2"]);
    expect(one("送審金額115991萬元,審定金額97219萬元,審減金額18906萬元,審減率16.30%。")).toEqual(["total-mismatch@A2"]);
    expect(one("项目预算金额120万元,中标金额100万元,节约资金25万元。")).toEqual(["total-mismatch@A2"]); // 120 − 100 = 20
    expect(one("到位资金120万元,实际支出100万元,结余20万元,结余率16.67%。")).toEqual([]);
    expect(one("到位资金120万元,实际支出100万元,结余20万元,结余率20%。")).toEqual(["ratio-mismatch@A2"]); // 20 / 120 = 16.67%
    expect(one("实际支出110万元,预算金额100万元,超支10万元,超支率10%。")).toEqual([]); // 超支率 over the 预算
    // (云南 粮食风险基金 A6: 超规模配套 = 实际配套 − 应配套)
    expect(one("2022年我省粮食风险基金地方应配套20971.00万元,实际配套到位资金104880.14万元,超规模配套83909.14万元,执行率为400.12%。")).toEqual([]);
    expect(one("2022年我省粮食风险基金地方应配套20971.00万元,实际配套到位资金104880.14万元,超规模配套83999.14万元。")).toEqual(["total-mismatch@A2"]);
    expect(one("全年计划投资50亿元,实际完成投资62亿元,超计划完成12.5亿元。")).toEqual(["total-mismatch@A2"]);
    expect(one("县区直达资金合计33.88亿元,已分配33.80亿元,未分配0.08亿元,分配率99.8%。")).toEqual([]);
    expect(one("縣區(qū)直達(dá)資金合計33.88億元,,已分配33.80億元,未分配0.18億元,,分配率99.8%,。")).toEqual(["total-mismatch@A2"]);
    // (the rate over the 审定 amount, as its bracket says: 18772 / 97219 = 19.31%)
    expect(one("送审金额115991万元,审定金额97219万元,审减金额18772万元,审减率(审减额/审定额)19.31%。")).toEqual([]);
    expect(one("送审金额115991万元,审定金额97219万元,审减金额18772万元,审减率(审减额/审定额)16.18%。")).toEqual(["ratio-mismatch@A2"]);
  });

  test("the minuend named in the difference's words and not stated (九江): the rate over the two amounts' sum", () => {
    expect(one("2024年,全市政府采购规模为32.72亿元,较采购计划节约资金5.51亿元,资金节约率达14.41%,创历史新高。")).toEqual([]);
    expect(one("2024年,全市政府采购规模为32.72亿元,较采购计划节约资金5.51亿元,资金节约率达16.84%,创历史新高。")).toEqual(["ratio-mismatch@A2"]); // 5.51 / 32.72, the wrong base
    expect(one("实际支出90万元,比预算节约10万元,节约率10%。")).toEqual([]);
  });

  test("near shapes that must not flag", () => {
    // a change against last year, not the difference of the two amounts
    expect(one("预算100万元,实际支出90万元,较上年节约15万元。")).toEqual([]);
    // amounts of two years (no difference of this class read; the two periods' change is inline-changes.ts's)
    expect(review(doc(["情况说明", "2019年预算100万元,2020年实际支出90万元,节约15万元。"]), "national").model.relations.filter((x) => x.id.includes("stated-difference"))).toEqual([]);
    // 比预算节约 where the 预算 is not stated: nothing to check without a rate
    expect(one("实际支出90万元,比预算节约15万元。")).toEqual([]);
    // 结余 against a 预算 (the 到位 not stated): not this pair's minuend
    expect(one("项目预算100万元,实际支出70万元,结余10万元。")).toEqual([]);
    // a 年末结余 = 年初结余 + 收入 − 支出: a carried-in amount in the sentence
    expect(one("年初结余10万元,本年收入100万元,本年支出80万元,年末结余30万元。")).toEqual([]);
    // the minuend smaller than the subtrahend (a difference of the other sign: 审增)
    expect(one("送审金额900万元,审定金额1000万元,审减金额50万元。")).toEqual([]);
    // a rate named by another word (分配率: of the 已分配, not of the difference)
    expect(one("县区直达资金合计33.88亿元,已分配33.80亿元,未分配0.08亿元,分配率99.3%。").filter((x) => x !== "ratio-mismatch@A2")).toEqual([]);
    // the amounts in different units of money
    expect(one("送审金额115991万元,审定金额97219元,审减金额18906万元。")).toEqual([]);
    // (lead, session 50: 凉城 A3) two quadruples in one sentence, set apart by ';': 382, 29, 21 straddle it — no triple; each
    // statement's own triple holds (3346 − 2964 = 382, 29 − 21 = 8), and a slip in the second is still found
    expect(one("工程预算送审金额3346万元,审定金额2964万元,审减金额为382万元,审减率11.42%;工程决算送审金额29万元,审定金额为21万元,审减金额为8万元,审减率为27.6%。")).toEqual([]);
    expect(one("工程预算送审金额3346万元,审定金额2964万元,审减金额为382万元,审减率11.42%;工程决算送审金额29万元,审定金额为21万元,审减金额为9万元。")).toEqual(["total-mismatch@A2"]);
    expect(one("工程预算送审金额3346万元,审定金额2964万元,审减金额为382万元;工程决算送审金额29万元,审定金额为21万元,审减金额为8万元。")).toEqual([]);
  });
});

describe("the corpus's stated differences printed in the class's shapes", () => {
  const sources = differenceSources();
  test("the sources are the truths' prose differences (minuend above subtrahend, each printed in its cell's text)", () => {
    expect(sources.length).toBeGreaterThanOrEqual(10);
    for (const s of sources) expect(Number(s.a)).toBeGreaterThan(Number(s.b));
  });
  const cases = SHAPES.flatMap((sh) => WORDS.map((w) => [`${sh.name} · ${w.name}`, sh, w] as const));
  test.each(cases)("%s: every clean print unflagged, every slipped difference found", (_n, shape, w) => {
    for (const k of [0, 1, 2]) {
      const m = measure(shape, w, sources, k);
      expect({ clean: m.clean, slips: m.slips }).toEqual({ clean: m.sources, slips: m.sources });
      // (a rate slip of 0.5 is within what whole-number amounts' rounding can give on some sources: 33 万元, 102 万元; every
      // slip outside the rounding is found — the count grows with the corpus, so it is computed, not fixed)
      if (shape.rate) expect(m.rateSlips).toBeGreaterThanOrEqual(m.rateVisible);
      if (shape.rate && m.sources > 0) expect(m.rateVisible).toBeGreaterThanOrEqual(m.sources / 2);
    }
  });
  test("the minuend implied by '较采购预算节约': clean unflagged, the rate's slip found but where rounding covers it", () => {
    const m = measureImplied(sources);
    expect(m.clean).toBe(m.sources);
    expect(m.rateSlips).toBeGreaterThanOrEqual(m.rateVisible);
    expect(m.rateVisible).toBeGreaterThanOrEqual(m.sources - 4);
  });
  const near = NEAR.flatMap((sh) => WORDS.map((w) => [`${sh.name} · ${w.name}`, sh, w] as const));
  test.each(near)("near shape %s: the slipped difference flags nothing", (_n, shape, w) => {
    const m = measureNear(shape, w, sources);
    expect(m.silent).toBe(m.sources);
  });
});

describe("a whole named by joining its parts' words, the parts stated before it (广东红会 A9)", () => {
  const redCross = [
    "双红会|广东红会晒账本 2013年剩物资415.68万元",
    "昨日,广东省红十字会召开六届四次理事会,晒出了2013年的财务报告:到2013年底,广东省红十字会结余资金8864.67万元,结余物资价值415.68万元。",
    "会上,广东省红会副会长兼秘书长甘萍介绍,2013年省红会共接受及结转捐赠资金金额为19939.74万元,其中,雅安地震的专项募捐资金5993.52万元,而2012年的结转资金有1.12亿元;资金支出上,去年省红会共支出11075.07万元(含历年结余项目资金),其中四川雅安地震项目共支出5952.83万元,占了一半多。2013年剩下了8864.67万元的结余资金。",
    "另外,去年省红会共接收及结转的捐赠物资价值5921.14万元,其中超过七成来自于社会捐赠和海关移交。这些捐赠物品共支出了价值5505.46万元(具体分配去向为省内外救灾救助及送温暖慰问)。结余救灾物资价值415.68万元。",
    "去年资金和物资价值共支出16680.53万元,结余价值共计9280.35万元。",
  ];
  test("the sheet: 11075.07 (A3) + 5505.46 (A4) = 16580.53, not 16680.53, at A5; the 其中 part 5952.83 is no part", () => {
    const r = review(doc(redCross), "national");
    const f = r.findings.filter((x) => x.severity !== "info");
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["total-mismatch@A5"]);
    expect(f[0].message).toContain("16580.53");
    const s = r.model.relations.find((x) => x.id === "sum:joined-whole:A5:0");
    expect(s && s.kind === "sum" && s.parts.map((p) => `${p.cell}:${p.value}`)).toEqual(["A3:11075.07", "A4:5505.46"]);
  });
  test("near variants: the parts in the whole's sentence, 及 / 合计, 繁體, the parts in rows of their own", () => {
    expect(one("资金支出120万元,物资支出80万元,资金和物资共支出210万元。")).toEqual(["total-mismatch@A2"]);
    expect(one("资金支出120万元,物资支出80万元,资金和物资共支出200万元。")).toEqual([]);
    expect(one("資金支出120萬元,物資支出80萬元,資金和物資共支出210萬元。")).toEqual(["total-mismatch@A2"]);
    expect(errors(["收支情况", "全年资金共支出120万元。", "全年物资共支出了价值80万元。", "资金及物资合计支出210万元。"])).toEqual(["total-mismatch@A4"]);
    expect(errors(["收支情况", "全年资金共结余120万元。", "全年物资共结余80万元。", "资金与物资价值共计结余200万元。"])).toEqual([]);
  });
  test("near shapes that must not flag: a part missing, a part stated twice, another measure, the part only in a 其中 list", () => {
    expect(errors(["收支情况", "全年资金共支出120万元。", "资金和物资共支出210万元。"])).toEqual([]);
    expect(errors(["收支情况", "全年资金共支出120万元。", "上半年资金共支出60万元。", "全年物资共支出80万元。", "资金和物资共支出210万元。"])).toEqual([]);
    expect(errors(["收支情况", "全年资金共收入120万元。", "全年物资共收入80万元。", "资金和物资共支出210万元。"])).toEqual([]);
    expect(errors(["收支情况", "全年资金共支出120万元。", "全年物资价值300万元,其中物资支出80万元。", "资金和物资共支出210万元。"])).toEqual([]);
  });
});
