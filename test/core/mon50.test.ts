import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { planShares } from "../../src/core/recognise/plan-shares";
import { proseText } from "../../src/core/recognise/prose-rates";
import { review } from "../../src/core/review";
import { recognise } from "../../src/core/recognise";
import { sheetRelations } from "../../src/core/relations";

/**
 * mon50 (session 50; test/fixtures/real/mon50-diagnosis.md): a done amount's share of the plan stated earlier in other words
 * (recognise/plan-shares.ts) and a progress bulletin's clauses naming the plan by two words (families/progress-bulletin.ts).
 * The variants are generated from the corpus's progress-bulletin truths (their plan, done and share), printed again in the
 * class's shapes; the near shapes are those a reading must leave alone.
 */
type Row = (string | number)[];
const doc = (lines: (string | Row)[], name = "Sheet1") => Grid.fromValues(name, lines.map((l) => (Array.isArray(l) ? l : [l]) as Row), []);
const errors = (grid: Grid) => review(grid, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);
const relationsOf = (grid: Grid) => sheetRelations(grid, recognise(grid));
const read = (text: string) => planShares(proseText(text)).map((x) => `${x.rate.text} = ${x.done.value}/${x.plan.value}${x.roundedOk ? "" : " slip"}`);

const REAL = join(__dirname, "..", "fixtures", "real");
interface Source {
  id: string;
  cell: string;
  plan: number;
  done: number;
  rate: number;
  /** the truth lists a slip at the cell */
  slip: boolean;
}

/**
 * The corpus's progress lines with a plan, a done amount (亿元) and its share or completion rate: the truths' budget items
 * whose cell states 完成投资 / 年度目标 / 年度计划 (gs-lanzhou's plan is named 计划总投资 there, gd-qingyuan's rate 完成率, sx-
 * jincheng's 投资完成率: here each is printed in the class's shapes).
 */
function sources(): Source[] {
  const out: Source[] = [];
  for (const id of ["qh-key-projects-progress-september-excerpt", "gd-qingyuan-liannan-county-key-projects-progress-jan-may", "sx-jincheng-qinshui-county-key-projects-investment-2021", "gs-lanzhou-major-projects-progress-2016-07"]) {
    const truth = JSON.parse(readFileSync(join(REAL, `${id}.truth.json`), "utf8"));
    const grid: string[][] = JSON.parse(readFileSync(join(REAL, `${id}.json`), "utf8")).grid;
    const slips = new Set((truth.inconsistencies as { cell: string }[]).map((x) => x.cell));
    const seen = new Set<string>();
    for (const b of truth.budget_items as { budget_cell: string; budget: number; executed: number; rate_pct: number }[]) {
      if (typeof b.budget !== "number" || typeof b.executed !== "number" || typeof b.rate_pct !== "number") continue;
      const row = Number(b.budget_cell.slice(1)) - 1;
      if (!/完成投资/.test(grid[row][0]) || seen.has(b.budget_cell)) continue;
      seen.add(b.budget_cell);
      out.push({ id, cell: b.budget_cell, plan: b.budget, done: b.executed, rate: b.rate_pct, slip: slips.has(b.budget_cell) });
    }
  }
  return out;
}

/** The class's shapes: the plan named in other words, the share in other words, before the amount, 繁體, spaces, units. */
const SHAPES: Record<string, (p: number, y: number, r: number) => string> = {
  "as printed (plan, sentence end, count, done, 占年度目标任务)": (p, y, r) => `—— 交通基础设施项目, 年初安排29项,计划完成投资${p}亿元。目前已开复工28项,完成投资${y}亿元,占年度目标任务${r}%,一批项目基本完工。`,
  "年度投资计划 … 完成年度计划的": (p, y, r) => `全县重点项目50个,年度投资计划${p}亿元,1-9月完成投资${y}亿元,完成年度计划的${r}%。`,
  "当年计划投资 。 累计完成投资 为年计划的": (p, y, r) => `省级6项,当年计划投资${p}亿元。截至9月底累计完成投资${y}亿元,为年计划的${r}%。`,
  "全年目标任务 … 已完成 达到全年目标的": (p, y, r) => `全年目标任务${p}亿元,目前已完成${y}亿元,达到全年目标的${r}%,进度较快。`,
  "the share before the amount (完成年度计划的 r,计 Y)": (p, y, r) => `年度投资计划${p}亿元,1-9月完成年度计划的${r}%,计${y}亿元。`,
  "繁體, a pinyin gloss and doubled commas": (p, y, r) => `年初安排29項,計劃完成投資${p}億元,,目前已開複工28項,完成投資${y}億元,,佔年度目標任務${r}%,直達(dá)項目加快推進。`,
  "spaces inside words (a PDF's line breaks)": (p, y, r) => `年初安排29项,计划完成 投资${p}亿元。目前 已开复工28项,完成投 资${y}亿元,占年度 目标任务${r}%。`,
  "the plan in 万元, the done in 亿元": (p, y, r) => `年度投资计划${Math.round(p * 1e4)}万元,1-9月完成投资${y}亿元,占年度投资计划的${r}%。`,
  "full-width digits and punctuation": (p, y, r) => `计划完成投资${String(p).replace(/[0-9.]/g, (d) => (d === "." ? "．" : String.fromCharCode(d.charCodeAt(0) + 0xfee0)))}亿元，完成投资${y}亿元，占年度目标任务${r}％。`,
};

/** By hand: the share agrees where some values within half a last digit of each amount and of the share meet. */
function agreesByHand(p: number, y: number, r: number): boolean {
  const half = (v: number) => 0.5 * Math.pow(10, -((String(v).split(".")[1] ?? "").length));
  const step = Math.pow(10, -((String(r).split(".")[1] ?? "").length));
  const lo = ((y - half(y)) / (p + half(p))) * 100;
  const hi = ((y + half(y)) / (p - half(p))) * 100;
  return hi >= r - step / 2 && lo <= r + step;
}

describe("a done amount's share of the plan, the plan stated earlier in other words", () => {
  const src = sources();

  test("the sources: the corpus's progress lines (qh's five groups, gd-qingyuan's 全县, sx-jincheng's three levels, gs-lanzhou's)", () => {
    expect(src.map((s) => `${s.id.slice(0, 12)}@${s.cell}`)).toEqual([
      "qh-key-proje@A4",
      "qh-key-proje@A5",
      "qh-key-proje@A6",
      "qh-key-proje@A7",
      "qh-key-proje@A8",
      "gd-qingyuan-@A2",
      "sx-jincheng-@A3",
      "sx-jincheng-@A4",
      "sx-jincheng-@A5",
      "gs-lanzhou-m@A2",
    ]);
    // (the truths' own verdicts: qh A5 90.1% ≠ 351 / 387, gd A2 24.25% ≠ 4.28 / 17.68; the hand check agrees with them)
    expect(src.filter((s) => s.slip).map((s) => s.cell)).toEqual(["A5", "A2"]);
    for (const s of src) expect(agreesByHand(s.plan, s.done, s.rate)).toBe(!s.slip);
  });

  test("every source printed in every shape is read, with the truth's verdict (n read of n × shapes)", () => {
    let n = 0;
    let readN = 0;
    let right = 0;
    const misses: string[] = [];
    for (const [name, shape] of Object.entries(SHAPES))
      for (const s of src) {
        n++;
        const xs = planShares(proseText(shape(s.plan, s.done, s.rate)));
        if (xs.length !== 1) {
          misses.push(`${name}: ${s.cell}`);
          continue;
        }
        readN++;
        if (xs[0].roundedOk === !s.slip) right++;
      }
    expect(misses).toEqual([]);
    expect(readN).toBe(n);
    expect(right).toBe(n);
    expect(n).toBe(Object.keys(SHAPES).length * src.length);
  });

  test("a slip injected in the share or in the plan (one tenth more: past the rounding of a whole 亿元, 19亿元 is 18.5–19.5) is found in every shape", () => {
    let n = 0;
    let found = 0;
    for (const shape of Object.values(SHAPES))
      for (const s of src) {
        const plan = Math.round(s.plan * 1.1 * 100) / 100;
        for (const text of [shape(s.plan, s.done, Math.round(s.rate * 1.1 * 100) / 100), shape(plan, s.done, s.rate)]) {
          n++;
          const xs = planShares(proseText(text));
          if (xs.length === 1 && !xs[0].roundedOk) found++;
        }
      }
    expect(found).toBe(n);
  });

  test("by hand: qh's lines — A5 351 / 387 = 90.70% against 90.1% a slip; A4 74.26% ≈ 74.2%; A8 78.10% within the rounding of 169亿元", () => {
    expect(read("—— 交通基础设施项目, 年初安排29项,计划完成投资387亿元。目前已开复工28项,完成投资351亿元,占年度目标任务90.1%,花久高速")).toEqual(["90.1% = 3510000/3870000 slip"]);
    expect(read("—— 水利基础设施项目, 年初安排8项,计划完成投资23.7亿元。目前已开复工7项,完成投资17.6亿元,占年度目标任务74.2%,蓄集峡")).toEqual(["74.2% = 176000/237000"]);
    expect(read("—— 城镇基础设施项目, 年初安排18项,计划完成投资216.4亿元。目前已全部开复工,完成投资169亿元,占年度目标任务78.15%,藏区")).toEqual(["78.15% = 1690000/2164000"]);
  });

  test("several groups in one paragraph: each share of its own plan (the line starts after the previous share)", () => {
    expect(read("水利项目计划完成投资23.7亿元,完成投资17.6亿元,占年度目标任务74.2%;交通项目计划完成投资387亿元,完成投资351亿元,占年度目标任务90.1%。")).toEqual(["74.2% = 176000/237000", "90.1% = 3510000/3870000 slip"]);
  });

  test("counts: '计划实施20项,已完成15项,占年度计划的75%' (and 80% a slip)", () => {
    expect(read("今年计划实施民生实事20项,截至9月底已完成15项,占年度计划的75%。")).toEqual(["75% = 15/20"]);
    expect(read("今年计划实施民生实事20项,截至9月底已完成15项,占年度计划的80%。")).toEqual(["80% = 15/20 slip"]);
  });
});

describe("near shapes that are not read", () => {
  const NEAR: [string, string][] = [
    ["a share of another base (qh A3)", "截至9月底,170项重点项目已实现开复工项目163项,开复工率为96%,完成固定资产投资1448亿元,占全社会固定资产投资53%,完成年度目标任务的80%。"],
    ["a plan of a month against the year's share", "9月计划完成投资40亿元,目前已开复工28项,完成投资35.1亿元,占年度目标任务90.1%。"],
    ["two plan amounts before the share", "年初计划投资387亿元,调整后计划投资400亿元,完成投资351亿元,占年度计划的90.1%。"],
    ["the projects' whole cost (总投资) is no year's plan", "全县重点项目50个,计划总投资178.7亿元,1-5月完成投资4.28亿元,完成年度计划的24.25%。"],
    ["another amount of the kind between the plan and the done", "计划投资100亿元,上年完成80亿元,今年完成投资90亿元,占年度计划的95%。"],
    ["a part (其中) before the share", "计划投资100亿元,完成投资90亿元,其中省级项目完成投资45亿元,占年度计划的95%。"],
    ["two years between plan and share", "2023年计划投资100亿元,2024年完成投资90亿元,占年度计划的95%。"],
    ["a target", "年度计划投资100亿元,力争完成投资95亿元,完成年度计划的95%。"],
    ["a floor ('以上')", "年度计划投资100亿元,33个项目投资均已完成全年计划的50%以上。"],
    ["no plan amount stated (an agreement's, an arrival's)", "协议引资7.78亿元,到位资金8.29亿元,完成年度目标任务的207.2%,同比增长49.56%。"],
    ["no plan amount stated (only the share)", "累计完成投资474.5亿元,为年投资计划的74.1%。"],
  ];
  test.each(NEAR)("%s", (_name, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a line group: the plan in the line above (a paragraph cut in two rows)", () => {
  const ratios = (grid: Grid) => relationsOf(grid).filter((r) => r.id.startsWith("ratio:plan-share:")).map((r) => (r.kind === "ratio" ? `${r.stated.cell} ${r.stated.text} = ${r.numerator.cell} ${r.numerator.value} / ${r.denominator.cell} ${r.denominator.value}` : ""));

  test("every source, the plan's sentence and the done's in two rows: read, the plan's term at the row above; the slips flagged", () => {
    let n = 0;
    let right = 0;
    for (const s of sources()) {
      const g = doc(["重点项目进展情况", `—— 交通基础设施项目, 年初安排29项,计划完成投资${s.plan}亿元。`, `目前已开复工28项,完成投资${s.done}亿元,占年度目标任务${s.rate}%,一批项目基本完工。`]);
      n++;
      const rs = ratios(g);
      const flagged = errors(g).includes("ratio-mismatch@A3");
      // (a share agreeing only within the amounts' rounding is not stated)
      const expected = s.slip ? [`A3 ${s.rate}% = A3 ${s.done * 1e4} / A2 ${s.plan * 1e4}`] : rs;
      if (flagged === s.slip && JSON.stringify(rs) === JSON.stringify(expected) && (s.slip || rs.length <= 1)) right++;
    }
    expect(right).toBe(n);
  });

  test("by hand: qh A5 cut in two rows — ratio-mismatch at A3 (351 / 387 = 90.70%, not 90.1%)", () => {
    const g = doc(["重点项目进展情况", "—— 交通基础设施项目, 年初安排29项,计划完成投资387亿元。", "目前已开复工28项,完成投资351亿元,占年度目标任务90.1%。"]);
    expect(ratios(g)).toEqual(["A3 90.1% = A3 3510000 / A2 3870000"]);
    expect(errors(g)).toContain("ratio-mismatch@A3");
  });

  test("not read: the line above states its own share after its plan; two plans above; a month's plan above", () => {
    expect(ratios(doc(["进展", "水利项目计划完成投资23.7亿元,完成投资17.6亿元,占年度目标任务74.2%。", "交通项目完成投资351亿元,占年度目标任务90.1%。"]))).toEqual(["A2 74.2% = A2 176000 / A2 237000"]);
    expect(ratios(doc(["进展", "年初计划投资387亿元,调整后计划投资400亿元。", "目前完成投资351亿元,占年度计划的90.1%。"]))).toEqual([]);
    expect(ratios(doc(["进展", "交通项目9月计划完成投资40亿元。", "目前完成投资35.1亿元,占年度目标任务90.1%。"]))).toEqual([]);
  });
});

describe("the sheet", () => {
  const fixture = (id: string) => {
    const j = JSON.parse(readFileSync(join(REAL, `${id}.json`), "utf8"));
    return doc(j.grid.map((row: (string | null)[]) => row.map((v) => v ?? "")));
  };

  test("qh-key-projects-progress-september-excerpt: ratio-mismatch at A5 only; a monitoring (a progress bulletin)", () => {
    const g = fixture("qh-key-projects-progress-september-excerpt");
    expect(errors(g)).toEqual(["ratio-mismatch@A5"]);
    expect(recognise(g).family).toBe("monitoring");
  });

  test("the family in other words: 繁體, the plan named 年度计划任务, 开复工率 and the groups' shares (each with a period inside the year)", () => {
    const trad = doc([
      "全省重點項目快速推進",
      "截至9月底,170項重點項目已實現開復工項目163項,開復工率為96%,完成年度目標任務的80%。",
      "—— 水利基礎設施項目, 年初安排8項,計劃完成投資23.7億元。目前已開復工7項,完成投資17.6億元,佔年度目標任務74.2%。",
      "—— 能源基礎設施項目, 年初安排23項,計劃完成投資337億元。目前已全部開復工,完成投資256.4億元,佔年度目標任務76%。",
    ]);
    expect(recognise(trad).family).toBe("monitoring");
    const plan = doc([
      "全市重点项目稳步推进",
      "1-9月,全市重点项目完成投资412亿元,完成年度计划任务的78%。",
      "其中产业项目完成投资201亿元,占年度计划任务的81%;基础设施项目完成投资150亿元,占年度计划任务的74%。",
    ]);
    expect(recognise(plan).family).toBe("monitoring");
  });

  test("near shape: a self-evaluation reporting the same clauses stays out of monitoring (自评: NOT_BULLETIN)", () => {
    const g = doc([
      "2023年度部门整体支出绩效自评报告",
      "截至9月底,170项重点项目已实现开复工项目163项,开复工率为96%,完成年度目标任务的80%。",
      "—— 水利基础设施项目, 年初安排8项,计划完成投资23.7亿元。目前已开复工7项,完成投资17.6亿元,占年度目标任务74.2%。",
      "—— 能源基础设施项目, 年初安排23项,计划完成投资337亿元。目前已全部开复工,完成投资256.4亿元,占年度目标任务76%。",
    ]);
    expect(recognise(g).family).not.toBe("monitoring");
  });

  test("the bulletin's clauses with 目标任务 need a period inside the year: the same lines with no 截至 / 月 stay unknown", () => {
    const g = doc([
      "全省重点项目快速推进",
      "170项重点项目已实现开复工项目163项,开复工率为96%,完成年度目标任务的80%。",
      "—— 水利基础设施项目, 年初安排8项,计划完成投资23.7亿元。目前已开复工7项,完成投资17.6亿元,占年度目标任务74.2%。",
      "—— 能源基础设施项目, 年初安排23项,计划完成投资337亿元。目前已全部开复工,完成投资256.4亿元,占年度目标任务76%。",
    ]);
    expect(recognise(g).family).not.toBe("monitoring");
  });
});
