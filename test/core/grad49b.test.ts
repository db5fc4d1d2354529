import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { proseDigits } from "../../src/core/recognise/prose-rates";
import { wholeShareLists } from "../../src/core/relations/stated-whole-shares";
import {
  LIST_NEAR,
  LIST_SHAPES,
  listSources,
  measureLists,
  measureShares,
  SHARE_NEAR,
  SHARE_SHAPES,
  SHARE_SOURCES,
  sourceText,
  toTraditional,
} from "./grad49b-shapes";
import { linesGrid as doc, errorFlags as errors } from "../helpers";

/**
 * grad49b (session 49; grad49b-diagnosis.md): relations stated in sentences — counts of a stated whole with their shares
 * (relations/stated-whole-shares.ts), a part's change between two stated lists (relations/list-changes.ts) and an amount's
 * change stated beside it (relations/inline-changes.ts). Hand variants, near shapes, and the corpus's own lists printed
 * again in the classes' shapes (grad49b-shapes.ts).
 */
const lists = (text: string) =>
  wholeShareLists(proseDigits(text)!).map((l) => `${l.whole}${l.unit} ${l.items.map((x) => `${x.count}:${x.share}`).join(" ")} ${l.reads}${l.far ? ` far ${l.far.item.share}` : ""}`);

describe("counts of a stated whole, each with its share", () => {
  test("湘潭 A4: 15项 (not 11件) is the whole; 3 / 15 = 20%, so 27% is the slip; A5's 42% (7 / 17 = 41.2%, rounded so the shares add up to 100) is not", () => {
    expect(lists("截至10月20日,省实事11件15项中有9项指标提前完成,占比60%;3项进展较快,占比27%;3项进度偏慢,占比20%。")).toEqual(["15项 9:60 3:27 3:20 shares far 27"]);
    expect(lists("市实事10件17项中,有7项提前完成任务,占比42%;5项进展较快,占比29%;5项进展偏慢,占比29%。")).toEqual(["17项 7:42 5:29 5:29 shares"]);
    const g = doc(["【湘潭市】提前完成16项省市重点民生实事", "截至10月20日,省实事11件15项中有9项指标提前完成,占比60%;3项进展较快,占比27%;3项进度偏慢,占比20%。", "市实事10件17项中,有7项提前完成任务,占比42%;5项进展较快,占比29%;5项进展偏慢,占比29%。"]);
    const r = review(g, "national");
    const f = r.findings.filter((x) => x.severity !== "info");
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["ratio-mismatch@A2"]);
    const ratio = r.model.relations.find((x) => x.id === "ratio:A2:whole-share");
    expect(ratio && ratio.kind === "ratio" && [ratio.numerator.value, ratio.denominator.value, ratio.stated.text]).toEqual([3, 15, "27"]);
  });

  test("near variants: 共N项,其中; the whole in the sentence before; shares first; the whole after; 比例为; 繁體; other units", () => {
    const slip = (t: string) => errors(doc(["工作进展情况", t]));
    expect(slip("今年共实施20项,其中已完成12项,占60%;正在推进5项,占35%;尚未开工3项,占15%。")).toEqual(["ratio-mismatch@A2"]); // 5/20 = 25%
    expect(slip("本轮共检查40个村。其中,优秀的10个(占25%);良好的26个(占65%);一般的4个(占20%)。")).toEqual(["ratio-mismatch@A2"]); // 4/40 = 10%
    expect(slip("全年12项任务中,50%(6项)已完成,25%(3项)进展较快,40%(3项)进展偏慢。")).toEqual(["ratio-mismatch@A2"]);
    expect(slip("已完成的6所,占总数的50%;推进中的3所,占总数的25%;未开工的3所,占总数的35%,以上共12所。")).toEqual(["ratio-mismatch@A2"]);
    expect(slip("在12家中,6家达标,比例为50%;3家基本达标,比例为25%;3家未达标,比例为35%。")).toEqual(["ratio-mismatch@A2"]);
    expect(slip(toTraditional("全市實事15項中有9項提前完成，佔比60％；3項進展較快，佔比27％；3項進度偏慢，佔比20％。"))).toEqual(["ratio-mismatch@A2"]);
    // (张家界's shape: one item to a sentence, 一是 / 二是 / 三是, a rate in brackets among the words; 11 / 40 = 27.5%)
    expect(slip("全市共办理30件40个重点民生实事项目。一是已完成或达到时序进度(91.67%)以上的项目25个,占比达62.5%。二是有一定进度的实事项目11个,占比达37.5%。三是正在开展前期工作的项目4个,占比达10%。")).toEqual(["ratio-mismatch@A2"]);
    expect(slip("全市共办理30件40个重点民生实事项目。一是已完成或达到时序进度(91.67%)以上的项目25个,占比达62.5%。二是有一定进度的实事项目11个,占比达27.5%。三是正在开展前期工作的项目4个,占比达10%。")).toEqual([]);
    // (巴中's words for the whole: 占目标任务的; 4 / 10 = 40%)
    expect(slip("今年10项民生实事中,已提前完成的有3项,占目标任务的30%;正常推进的有4项,占目标任务的50%;推进缓慢的有3项,占目标任务的30%。")).toEqual(["ratio-mismatch@A2"]);
  });

  test("a publisher's rounding to 100 (one step of the last digit) is no slip; clean lists flag nothing", () => {
    const clean = (t: string) => errors(doc(["工作进展情况", t]));
    expect(clean("市实事10件17项中,有7项提前完成任务,占比42%;5项进展较快,占比29%;5项进展偏慢,占比29%。")).toEqual([]);
    expect(clean("共考评113个村,其中考评成绩优秀的15个(占13.27%),良好的98个(占86.73%)。")).toEqual([]);
    expect(clean("第三季度检查评价的61个渔农村得分70分以上的村有59个,占比96.7%;得分80分以上的村有44个,占比72.1%;得分90分以上的村有10个,占比16.4%。")).toEqual([]);
    // (three shares of thirds: 33 + 33 + 33 = 99, each within half a step)
    expect(clean("全市3所学校中,1所优秀,占比33%;1所良好,占比33%;1所合格,占比33%。")).toEqual([]);
  });

  test("near shapes that must not flag: a share of another base, a growth rate beside a count, counts without a whole, a whole the counts overrun, one share alone", () => {
    const clean = (t: string) => errors(doc(["工作进展情况", t]));
    expect(clean("全市15项中有9项提前完成,占全省的60%;3项进展较快,占全省的27%;3项进度偏慢,占全省的20%。")).toEqual([]);
    expect(clean("全市15项中有9项提前完成,同比增长60%;3项进展较快,同比增长27%;3项进度偏慢,同比增长20%。")).toEqual([]);
    expect(clean("截至10月底,9项提前完成,占比60%;3项进展较快,占比27%;3项进度偏慢,占比20%。")).toEqual([]);
    expect(clean("全市5项中有9项提前完成,占比60%;3项进展较快,占比27%;3项进度偏慢,占比20%。")).toEqual([]);
    // (the counts do not give the whole and only one share agrees with it: no evidence the shares are of 30)
    expect(clean("全市30项中有9项提前完成,占比30%;3项进展较快,占比27%;3项进度偏慢,占比20%。")).toEqual([]);
  });

  test("the sources are the fixtures' own sentences (each count and share printed there, in order)", () => {
    for (const s of SHARE_SOURCES) {
      const t = sourceText(s);
      let at = t.indexOf(String(s.whole));
      expect(at).toBeGreaterThanOrEqual(0);
      for (const x of s.items) {
        // (湘潭 A4's 27% is the slip the source sets right)
        const share = s.id.startsWith("hn-xiangtan") && s.row === 4 && x.count === 3 && x.share === "20" && at < t.indexOf("27%") ? "27" : x.share;
        const k = t.indexOf(`${share}%`, at + 1);
        expect(k).toBeGreaterThan(at);
        expect(t.slice(at, k)).toContain(String(x.count));
        at = k;
      }
    }
  });

  const run = (g: Grid) => review(g, "national");
  test.each(SHARE_SHAPES.map((s) => [s.name, s] as const))("shape %s: every clean print and every rounding to 100 unflagged, every slip found", (_n, shape) => {
    const [m] = measureShares([shape], run);
    expect({ clean: m.clean, rounded: m.rounded, slips: m.slips }).toEqual({ clean: m.sources, rounded: m.sources, slips: m.sources });
  });
  test.each(SHARE_NEAR.map((s) => [s.name, s] as const))("near shape %s: no slip flagged", (_n, shape) => {
    const [m] = measureShares([shape], run);
    expect(m.slips).toBe(0);
    expect(m.clean).toBe(m.sources);
  });
});

describe("a part's change between two stated lists (鄂尔多斯 三公)", () => {
  const ordos = [
    "一、2022年“三公”经费预算安排情况",
    "2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,公务用车运行费用10万元。",
    "二、2021年“三公”经费决算情况",
    "2021年度“三公”经费合计支出20.12万元,其中:因公出国(境)经费0万元,公务接待12.39万元,公务用车运行费用7.73万元。",
    "2022年度“三公”经费预算较2021年度增加1.68万元,其中公务接待较上年同期减少0.58万元,减少4.68%。公务用车运行费用较上年同期增加2.27万元,增长29.37%。",
  ];

  test("the sheet: 12.39 − 11.8 = 0.59, not 0.58, at A5; the total's 1.68 and 公务用车's 2.27 and 29.37% hold", () => {
    const r = review(doc(ordos), "national");
    const f = r.findings.filter((x) => x.severity !== "info");
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(["total-mismatch@A5"]);
    expect(f[0].message).toContain("0.59");
    const diffs = r.model.relations.filter((x) => x.kind === "difference").map((x) => (x.kind === "difference" ? `${x.result.text}=${x.minuend.text}-${x.subtrahends[0].text}` : ""));
    expect(diffs).toEqual(["1.68万元=21.8万元-20.12万元", "0.58万元=12.39万元-11.8万元", "2.27万元=10万元-7.73万元"]);
  });

  test("variants: 比上年 / 去年 / 2021年决算; 增长 / 下降; 繁體; a part missing from one list (not checked)", () => {
    const with5 = (line: string) => errors(doc([...ordos.slice(0, 4), line]));
    expect(with5("公务接待比去年减少0.58万元,公务用车运行费用比去年增加2.27万元。")).toEqual(["total-mismatch@A5"]);
    expect(with5("公务接待较2021年决算下降0.58万元;公务用车运行费用较2021年决算增长2.27万元。")).toEqual(["total-mismatch@A5"]);
    expect(with5(toTraditional("公务接待较上年减少0.58万元，公务用车运行费用较上年增加2.27万元。"))).toEqual(["total-mismatch@A5"]);
    expect(with5("公务接待较上年减少0.59万元,公务用车运行费用较上年增加2.27万元。")).toEqual([]);
    // (a part only this year's list names: no earlier amount, nothing checked)
    expect(with5("培训费较上年增加3万元。")).toEqual([]);
  });

  test("near shapes: a change against a year no list states; lists of different parts; against 年初预算", () => {
    const with5 = (line: string) => errors(doc([...ordos.slice(0, 4), line]));
    expect(with5("公务接待较2019年减少0.58万元。")).toEqual([]);
    expect(with5("公务接待较年初预算减少0.58万元。")).toEqual([]);
    const other = [ordos[0], ordos[1], ordos[2], "2021年度“三公”经费合计支出20.12万元,其中:会议费0万元,培训费12.39万元,差旅费7.73万元。", "公务接待较上年减少0.58万元。"];
    expect(errors(doc(other))).toEqual([]);
  });
});

describe("an amount's change stated beside it", () => {
  const one = (t: string) => errors(doc(["2020年“三公”经费支出情况", t]));
  test("the earlier amount stated: N = earlier − amount, r = N / earlier (华龙's shapes)", () => {
    expect(one("公务接待支出124万元,比上年累计支出148万元下降24万元,下降16%。")).toEqual([]);
    expect(one("公务接待支出124万元,比上年累计支出148万元下降26万元,下降16%。")).toEqual(["total-mismatch@A2"]);
    expect(one("“三公”经费预算总额为1969万元,较2024年的2190万元减少221万元,下降10.1%。")).toEqual([]);
    expect(one("“三公”经费预算总额为1969万元,较2024年的2190万元减少221万元,下降12.1%。")).toEqual(["ratio-mismatch@A2"]);
  });
  test("the earlier amount implied: 242 + 12 = 254, 12 / 254 = 4.7%; 100 − 20 = 80, 20 / 80 = 25%", () => {
    expect(one("公务接待费242万元,较上年减少12万元,下降4.7%;公务用车购置及运行维护费1687万元,较上年减少209万元,下降11%。")).toEqual([]);
    expect(one("安排资金100万元,比上年增加20万元,增长25%。")).toEqual([]);
    expect(one("安排资金100万元,比上年增加20万元,增长20%。")).toEqual(["ratio-mismatch@A2"]);
    expect(one(toTraditional("公務接待費２４２萬元，較上年減少１２萬元，下降４.７％。"))).toEqual([]);
  });
  test("rounding alone is no slip: 0.58 over 12.39 printed 4.69% (0.585 / 12.39 = 4.72%) is not checked", () => {
    expect(one("公务接待11.81万元,较上年减少0.58万元,下降4.69%。")).toEqual([]);
  });
  test("near shapes: against 年初预算; no amount right before; a share", () => {
    expect(one("调整后预算100万元,较年初预算增加20万元,增长20%。")).toEqual([]);
    expect(one("公务接待费较上年减少12万元,下降4.7%。")).toEqual([]);
    expect(one("公务接待费242万元,占“三公”经费的12%。")).toEqual([]);
  });
});

describe("the corpus's own lists printed as two years' lists with each part's change (grad49b-shapes.ts)", () => {
  const all = listSources();
  const run = (g: Grid) => review(g, "national");
  test("there are sources", () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
  });
  test.each(LIST_SHAPES.map((s) => [s.name, s] as const))("shape %s: nearly every clean print read and unflagged, every slip found", (_n, shape) => {
    const [m] = measureLists([shape], all, run);
    expect(m.falseFlags).toBe(0);
    expect(m.read).toBeGreaterThanOrEqual(Math.floor(0.9 * m.sources));
    expect(m.slips).toBeGreaterThanOrEqual(Math.floor(0.9 * m.sources));
  });
  test.each(LIST_NEAR.map((s) => [s.name, s] as const))("near shape %s: nothing flagged", (_n, shape) => {
    const [m] = measureLists([shape], all, run);
    expect(m.falseFlags).toBe(0);
    expect(m.slips).toBe(0);
  });
});
