import { Grid } from "../../src/core/grid/grid";
import { proseQuantities, proseText, statedRates } from "../../src/core/recognise/prose-rates";
import { review } from "../../src/core/review";
import { measure, NEAR, SHAPES, sources, sourcesFor } from "./prose48-shapes";

/**
 * prose48 (session 48; prose48-diagnosis.md): a rate stated in prose with its two amounts, read on its evidence on any
 * sheet (prose-rates.ts), and the one number reader of prose. Hand variants, near shapes, and the corpus's budgets printed
 * again in the class's shapes (prose48-shapes.ts).
 */
type Row = (string | number)[];
const doc = (lines: (string | Row)[], name = "Sheet1") => Grid.fromValues(name, lines.map((l) => (Array.isArray(l) ? l : [l]) as Row), []);
const errors = (grid: Grid) => review(grid, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);
const read = (text: string) => statedRates(proseText(text)).map((x) => `${x.name} ${x.rate.text} = ${x.numerator.value}/${x.denominator.value}`);
const values = (text: string) => proseQuantities(proseText(text)).map((q) => `${q.value}${q.unit ?? q.kind}`);

describe("one number reader of prose", () => {
  test("thousands commas, full-width digits and commas, 人民币, brackets, 亿 / 万 parts, a bare 万, counts", () => {
    expect(values("项目预算1,234.56万元,实际支出12,345元")).toEqual(["1234.56万元", "12345元"]);
    expect(values("预算１，２３４．５６万元，实际支出１２３４５元")).toEqual(["1234.56万元", "12345元"]);
    expect(values("批复人民币500万元(含结转资金20万元)")).toEqual(["500万元", "20万元"]);
    expect(values("下达资金1亿2,000万元,已拨付1,030万6,880元")).toEqual(["120000000元", "10306880元"]);
    expect(values("安排资金1.5亿元,救助站86万")).toEqual(["15000万元", "86万元"]);
    expect(values("计划培训500人,实际培训480人,服务1.2万人次")).toEqual(["500人", "480人", "12000人次"]);
  });

  test("a year, a date, a percentage, a code are no quantity", () => {
    expect(values("2023年12月31日,执行率96%,第3季度")).toEqual([]);
  });

  test("'4 8000 元' (a space between digits, a line break's or two numbers') is no number: neither 48000 nor 8000", () => {
    expect(values("全年预算4 8000 元,实际执行45000元")).toEqual(["45000元"]);
    // (spaces elsewhere — inside words, before a unit — are gone)
    expect(values("全年预 算 48000 元")).toEqual(["48000元"]);
  });
});

describe("a rate with its two amounts, on its evidence", () => {
  test("every pairing word, in order: 预算/执行, 计划/完成, 应到位/实际到位, 下达/拨付, 批复/使用, 应配套/配套", () => {
    expect(read("全年预算数160.56万元,全年执行数98万元,预算执行率为61%")).toEqual(["执行率 61% = 98/160.56"]);
    expect(read("计划培训500人,实际培训480人,完成率96%")).toEqual(["完成率 96% = 480/500"]);
    expect(read("应到位100万元,实际到位80万元,到位率80%")).toEqual(["到位率 80% = 80/100"]);
    expect(read("上级下达资金300万元,已拨付240万元,拨付率80%")).toEqual(["拨付率 80% = 240/300"]);
    expect(read("批复预算人民币50万元,实际使用人民币45万元,使用率为90%")).toEqual(["使用率 90% = 45/50"]);
    expect(read("地方应配套200万元,实际配套150万元,配套率75%")).toEqual(["配套率 75% = 150/200"]);
  });

  test("the funds named (no plan's word) or, for a rate of spending, the funds arrived: '专项资金金额为300.00万元,项目实际支出298.70万元'", () => {
    expect(read("专项资金金额为300.00万元,项目实际支出298.70万元,预算执行率为99.57%")).toEqual(["执行率 99.57% = 298.7/300"]);
    expect(read("专项资金已到位672.44万元,使用672.44万元,使用率100%")).toEqual(["使用率 100% = 672.44/672.44"]);
  });

  test("'R%(M/N)', 万元 against 元 (in 元), 繁體 with full-width digits", () => {
    expect(read("预算执行率96%(480/500)")).toEqual(["执行率 96% = 480/500"]);
    expect(read("安排预算资金50万元,实际支出450,000元,预算执行率90%")).toEqual(["执行率 90% = 450000/500000"]);
    expect(read("全年預算數１６０．５６萬元，全年執行數９８萬元，預算執行率為６１％")).toEqual(["执行率 61% = 98/160.56"]);
  });

  test("the operands in a bracket with their words: '执行率为80%(已支付80万元/预算100万元)'", () => {
    expect(read("资金执行率为80%(已支付80万元/预算100万元)")).toEqual(["执行率 80% = 80/100"]);
  });

  test("the plan's earlier amount an alternative: '计划投资100万元,到位资金90万元,到位率90%,实际支出80万元,支出率80%' holds (of the plan), 88.89% holds (of the arrived), 70% is flagged", () => {
    expect(errors(doc(["情况说明", "计划投资100万元,到位资金90万元,到位率90%,实际支出80万元,支出率80%。"]))).toEqual([]);
    expect(errors(doc(["情况说明", "计划投资100万元,到位资金90万元,到位率90%,实际支出80万元,支出率88.89%。"]))).toEqual([]);
    expect(errors(doc(["情况说明", "计划投资100万元,到位资金90万元,到位率90%,实际支出80万元,支出率70%。"]))).toEqual(["exec-rate-mismatch@A2"]);
  });

  test("declined: growth, share, target, two years, a remainder between, a 其中 part, a broken number, other units, the done before the plan", () => {
    expect(read("上年支出100万元,本年支出120万元,同比增长20%")).toEqual([]);
    expect(read("全年预算100万元,其中培训支出30万元,占预算的30%")).toEqual([]);
    expect(read("全年预算100万元,实际支出80万元,预算执行率达到90%以上")).toEqual([]);
    expect(read("全年预算100万元,实际支出80万元,要求执行率不低于90%")).toEqual([]);
    expect(read("2022年预算100万元,2023年实际支出80万元,执行率80%")).toEqual([]);
    expect(read("全年预算100万元,结余资金20万元,实际支出80万元,执行率80%")).toEqual([]);
    expect(read("下达资金100万元,其中中央资金50万元,实际支出40万元,执行率80%")).toEqual([]);
    expect(read("全年预算4 8000元,实际执行45000元,执行率93.75%")).toEqual([]);
    expect(read("计划培训500人,实际完成480场,完成率96%")).toEqual([]);
    expect(read("实际到位80万元,应到位100万元,到位率80%")).toEqual([]);
  });
});

describe("on a sheet of any family: checked at the rate's shown precision", () => {
  test("a news item's or a budget explanation's rate holding (half-up and truncated) is not flagged; a slip is, at its cell", () => {
    const ok = doc(["关于2023年项目资金使用情况的说明", "2023年安排项目资金300万元,实际支出298.7万元,预算执行率为99.57%。"]);
    expect(errors(ok)).toEqual([]);
    // (2/3 = 66.666…%: 66.67 half-up, 66.66 truncated — both hold)
    expect(errors(doc(["情况说明", "计划培训3000人,实际培训2000人,完成率66.66%。"]))).toEqual([]);
    expect(errors(doc(["情况说明", "安排项目资金300万元,实际支出270万元,预算执行率为99%。"]))).toEqual(["exec-rate-mismatch@A2"]);
    expect(errors(doc(["情况说明", "计划培训500人,实际培训480人,完成率98%。"]))).toEqual(["ratio-mismatch@A2"]);
  });
});

describe("the corpus's budgets printed again (prose48-shapes.ts)", () => {
  const all = sources();
  const run = (g: Grid) => review(g, "national");
  test("sources: every real truth's budget line with a planned amount, one a distinct pair (50 at least)", () => {
    expect(all.length).toBeGreaterThanOrEqual(50);
  });
  test.each(SHAPES.map((s) => [s.name, s] as const))("%s: every clean print read and unflagged, every slip found", (_n, shape) => {
    const [m] = measure([shape], all, run);
    const n = sourcesFor(shape, all).length;
    expect(n).toBeGreaterThan(0);
    expect(m.falseFlags).toBe(0);
    expect(m.read).toBe(n);
    expect(m.slips).toBe(n);
  });
  test.each(NEAR.map((s) => [s.name, s] as const))("near shape %s: nothing flagged at the sentence", (_n, shape) => {
    const [m] = measure([shape], all, run);
    expect(m.falseFlags).toBe(0);
    expect(m.slips).toBe(0);
  });
});

describe("allocations in a sentence read through the same numbers (sentence-sums.ts)", () => {
  test("thousands commas: '下达…资金1,234.56万元,其中…' — the whole is 1234.56 (not 234.56), its parts add up: nothing flagged; a slip in a part flagged", () => {
    const ok = doc(["资金分配情况", "2023年下达我市补助资金1,234.56万元,其中甲县234.56万元,乙县500万元,丙县500万元。"]);
    expect(errors(ok)).toEqual([]);
    const slip = doc(["资金分配情况", "2023年下达我市补助资金1,234.56万元,其中甲县234.56万元,乙县500万元,丙县600万元。"]);
    expect(errors(slip)).toEqual(["total-mismatch@A2"]);
  });

  test("in 元 with commas, full-width: '安排项目资金１，２００，０００元，其中…' adds up", () => {
    expect(errors(doc(["资金分配情况", "安排项目资金１，２００，０００元，其中设备购置８００，０００元，人员培训２５０，０００元，宣传１５０，０００元。"]))).toEqual([]);
    expect(errors(doc(["资金分配情况", "安排项目资金１，２００，０００元，其中设备购置８００，０００元，人员培训２５０，０００元，宣传１９０，０００元。"]))).toEqual(["total-mismatch@A2"]);
  });

  test("a number split by a space ('4 8000万元') is not read: no sum, no flag", () => {
    expect(errors(doc(["资金分配情况", "2023年下达我市补助资金4 8000万元,其中甲县20000万元,乙县20000万元,丙县10000万元。"]))).toEqual([]);
  });
});
