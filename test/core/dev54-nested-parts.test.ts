import { Grid } from "../../src/core/grid/grid";
import { nestedParts } from "../../src/core/recognise/nested-parts";
import { sentenceSums } from "../../src/core/recognise/sentence-sums";
import { evaluateRelation } from "../../src/core/relations/evaluate";
import { review } from "../../src/core/review";

/**
 * dev54: a 其中 list whose parts are broken down themselves (分别…/包括/其中 right after a part) is two levels: the whole over
 * its parts, each broken-down part over its own parts — never the whole over both levels summed.
 */
const sums = (text: string) => sentenceSums(Grid.fromValues("Sheet1", [["报告"], [text]], []));
const shown = (text: string) =>
  sums(text).map((r) => `${r.total.value}${r.bound === "equal" ? "=" : "≥"}${r.parts.map((p) => p.value).join("+")}${evaluateRelation(r).ok ? "" : " ✗"}`);

const none = () => false;

describe("nestedParts: the levels of a list", () => {
  it("reads each ';' group's head and the head's own parts", () => {
    const v = nestedParts("第一批资金9910万元,分别支持A项目3000万元、B项目3357.17万元、C项目3552.83万元;第二批资金7437万元,分别支持D项目3000万元、E项目3688万元、F项目730万元、G项目19万元", none);
    expect(v).not.toBeNull();
    expect(v).not.toBe("refused");
    if (!v || v === "refused") return;
    expect(v.top.map((p) => p.digits)).toEqual(["9910", "7437"]);
    expect(v.subs.map((s) => [s.head.digits, s.parts.map((p) => p.digits)])).toEqual([
      ["9910", ["3000", "3357.17", "3552.83"]],
      ["7437", ["3000", "3688", "730", "19"]],
    ]);
  });
  it("is null for a flat list (no part broken down)", () => {
    expect(nestedParts("A项目3000万元、B项目3357.17万元;C项目19万元", none)).toBeNull();
  });
  it("refuses two broken-down parts in one group: where the first's parts end is not said", () => {
    expect(nestedParts("第一批资金9910万元,分别支持A项目3000万元、B项目6910万元,第二批资金7437万元,分别支持D项目7437万元", none)).toBe("refused");
  });
});

describe("sentenceSums over a list of two levels", () => {
  const cases: [string, string, string[]][] = [
    // hand: 9910 + 7437 = 17347; 3000 + 3357.17 + 3552.83 = 9910; 3000 + 3688 + 730 + 19 = 7437 (flat: 34694 = 2 × 17347)
    [
      "batches, each with 分别支持 its projects (allocations)",
      "我市获得2023年度中央水污染防治专项资金17347万元其中第一批资金9910万元,分别支持A项目3000万元、B项目3357.17万元、C项目3552.83万元;第二批资金7437万元,分别支持D项目3000万元、E项目3688万元、F项目730万元、G项目19万元。",
      ["17347≥9910+7437", "9910=3000+3357.17+3552.83", "7437=3000+3688+730+19"],
    ],
    // hand: 9910 + 7437 = 17347; the first batch's parts 3000 + 3357.17 + 3000 = 9357.17 ≠ 9910 (flagged at its own level)
    [
      "a slip inside one batch is flagged at that batch",
      "下达专项资金17347万元,其中第一批资金9910万元,分别支持A项目3000万元、B项目3357.17万元、C项目3000万元;第二批资金7437万元,分别支持D项目3000万元、E项目3688万元、F项目730万元、G项目19万元。",
      ["17347≥9910+7437", "9910=3000+3357.17+3000 ✗", "7437=3000+3688+730+19"],
    ],
    // hand (a total's 共计): 100 + 50 + 30 = 180; 60 + 40 = 100
    [
      "a total with three parts, the first broken down with 包括 (totals path)",
      "项目资金共计180万元,其中中央资金100万元,包括设备购置60万元、人员培训40万元;省级资金50万元;县级资金30万元。",
      ["180=100+50+30", "100≥60+40"],
    ],
    // a part whose 分别用于 names no amount: no level under it, the flat reader's (which ends the list at that clause: unread)
    [
      "a broken-down part with no amounts under it",
      "安排补助资金200万元,其中中央资金100万元,分别用于A村和B村;省级资金80万元;县级资金20万元。",
      [],
    ],
  ];
  it.each(cases)("%s", (_, text, want) => {
    expect(shown(text)).toEqual(want);
  });

  // counter-shapes: not read at all (neither flat nor as levels)
  const refused: [string, string][] = [
    ["two broken-down parts in one ',' run", "下达专项资金17347万元,其中第一批资金9910万元,分别支持A项目3000万元、B项目6910万元,第二批资金7437万元,分别支持D项目7437万元。"],
    ["a group that is no part", "下达专项资金17347万元,其中第一批资金9910万元,分别支持A项目3000万元、B项目6910万元;第二批资金尚未到位。"],
    ["a part in another unit", "下达专项资金17347万元,其中第一批资金9910万元,分别支持A项目3000万元、B项目6910万元;第二批资金7437元。"],
  ];
  it.each(refused)("refuses %s", (_, text) => {
    expect(shown(text)).toEqual([]);
  });

  // flat lists are read as before: a later group's own 其中 opens the next whole (prec49); a 其中 after a run-on amount is
  // another sentence's (its stop lost)
  const flat: [string, string, string[]][] = [
    ["a flat list", "安排预算资金379.368万元,其中中央资金179.3万元,省级资金108.8万元,本级资金91.268万元。", ["379.368=179.3+108.8+91.268"]],
    // hand: 1435.22 + 263.90 = 1699.12 (the second whole, inside the first's sentence, is not read: as before)
    [
      "a later group's 其中: the next whole",
      "全年实际收入1699.12万元,其中财政拨款收入1435.22万元,上年结转结余263.90万元;全年实际支出1595.59万元,其中基本支出890.4万元,项目支出705.19万元。",
      ["1699.12≥1435.22+263.9"],
    ],
    // hand: 1372.7 + 98.6 + 859.6 = 2330.9
    [
      "a 其中 after a run-on amount",
      "2023年收到财政资金共2330.9万元,其中:中央资金1372.7万元,地方资金98.6万元,其他资金859.6万元2023年支出2310.4万元,其中中央资金1352.2万元,地方资金98.6万元,其他资金859.6万元",
      ["2330.9=1372.7+98.6+859.6"],
    ],
    // prec49's benign prints on a two-level list: a clause of the money's next stage after the last group ends the list
    [
      "a list of two levels with its due amount after it",
      "下达专项资金17347万元,其中第一批资金9910万元,分别支持A项目3000万元、B项目3357.17万元、C项目3552.83万元;第二批资金7437万元,分别支持D项目3000万元、E项目3688万元、F项目730万元、G项目19万元,全年应执行数为21683.75万元。",
      ["17347≥9910+7437", "9910=3000+3357.17+3552.83", "7437=3000+3688+730+19"],
    ],
    // …and a part's own 其中 in a list of one group, no ';' (its own parts set apart by ',' would run on): the flat reader's
    // (read up to it: one part, no sum — as main reads it)
    [
      "a part's own 其中 in a ',' list",
      "下达专项资金300万元,其中A项目100万元,其中结转资金50万元,B项目120万元,C项目80万元。",
      [],
    ],
  ];
  it.each(flat)("reads %s as before", (_, text, want) => {
    expect(shown(text)).toEqual(want);
  });
});

describe("a total's parts opened by other words than 其中, an enumerated part's own 共计", () => {
  const cases: [string, string, string[]][] = [
    // hand: 37.22 + 85 + 4.5 = 126.72 ≠ 123.22
    [
      "其组成情况如下 and 三是…共计",
      "2017年我县体育彩票公益金共计123.22万元,其组成情况如下:一是体育彩票销售地方分成37.22万元,二是省级体彩公益金85万元,三是中央彩票公益金支持地方体育事业经费共计4.5万元。",
      ["123.22=37.22+85+4.5 ✗"],
    ],
    // hand: 40 + 35 + 25 = 100
    ["具体如下", "项目资金总额100万元,具体如下:设备购置40万元,人员培训35万元,宣传费用25万元。", ["100=40+35+25"]],
    // counter-shape: a 共 in a clause that is no enumerated part ends the list (two parts: may leave one unsaid)
    ["a 共 outside an enumerated part ends the list", "全年共下达资金100万元,其中A县30万元,B县20万元,二季度共拨付40万元。", ["100≥30+20"]],
  ];
  it.each(cases)("%s", (_, text, want) => {
    expect(shown(text)).toEqual(want);
  });
});

describe("a project report's first table under its prose: an amount list closed by its 合计 gives the header", () => {
  const prose = [
    ["2020年农业技术推广专项资金绩效自评报告", "", "", ""],
    ["为推进财政支出预算绩效管理,强化预算支出责任,根据预算法和相关文件精神,开展了2020年农业技术推广专项资金绩效自评,现将自评情况报告如下:", "", "", ""],
    ["一、绩效目标分解下达情况", "", "", ""],
    ["为加强财政资金绩效管理,提高财政资金使用效益,我局对2020年农业技术推广专项资金进行了绩效评价。", "", "", ""],
    ["一、专项资金概况", "", "", ""],
    ["(一)专项资金预算金额:2020年农业技术推广专项资金预算总额300万元。", "", "", ""],
    ["二、专项资金分配情况", "", "", ""],
  ];
  // hand: 100 + 120 + 80 = 300 (the 合计 line)
  const list = [
    ["序号", "单位", "金额", "备注"],
    ["1", "甲县", "100", ""],
    ["2", "乙县", "120", ""],
    ["3", "丙县", "80", ""],
    ["合计", "", "300", ""],
  ];
  const form = [
    ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
    ["财政拨款", "300", "300", "290"],
  ];
  const model = (rows: string[][]) => review(Grid.fromValues("Sheet1", rows, [])).model;
  it("prose lines alone above the list: its head (row 8) is the header", () => {
    const m = model(prose.concat(list));
    expect([m.family, m.headerRow]).toEqual(["project-self-eval", 8]);
  });
  it("counter-shape: a form's block above the list — the list is the form's detail, no header", () => {
    const m = model(prose.slice(0, 3).concat(form, prose.slice(3), list));
    expect([m.family, m.headerRow]).toEqual(["project-self-eval", null]);
  });
});
