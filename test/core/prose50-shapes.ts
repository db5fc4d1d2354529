import { Grid } from "../../src/core/grid/grid";
import { fullWidth, spaced, toTraditional } from "./grad49b-shapes";

/**
 * prose50 (session 50): the corpus's own prose relations of three classes (cov49's classes 3, 6 and 9: a rate beside its
 * count and whole, a stated whole against its counted parts, a change rate of a 三公 total), each printed again in other
 * shapes, clean and with a slip injected in the stated figure and (where there is one) in a count or amount it is made of.
 * Each source is a sentence of a real sheet (test/fixtures/real/<id>.xlsx) as published, its relation as its truth's
 * relations_checked line states it.
 */
export interface Source {
  /** the real sheet */
  id: string;
  /** the truth's line */
  line: string;
  text: string;
  /** the stated figure as written in the text (its first occurrence is the one slipped) */
  stated: string;
  /** an operand as written (slipped in the second slip), or "" */
  operand: string;
}

export const SOURCES: Source[] = [
  // class 3: a rate beside its count and whole
  { id: "gd-qingyuan-liannan-county-key-projects-progress-jan-may", line: "A4 66% = 33 / 50", text: "从项目开工情况看,已开工项目33个,未开工项目17个,开工率为66%。", stated: "66%", operand: "33个" },
  { id: "ah-suzhou-xiaoxian-livelihood-projects-progress-2025-09-excerpt", line: "A3 53% = 8 / 15", text: "剩余8项中,15个农村幸福院建设已完成8个(53%),这些项目预计10月底前全部完成。", stated: "53%", operand: "15个" },
  { id: "ah-suzhou-xiaoxian-livelihood-projects-progress-2025-09-excerpt", line: "A3 95% = 120 / 126", text: "126条农村黑臭水体治理已完成120条(95%),预计10月底前全部完成。", stated: "95%", operand: "120条" },
  { id: "ah-suzhou-xiaoxian-livelihood-projects-progress-2025-09-excerpt", line: "A3 87% = 230 / 263", text: "263场送戏进万村已送230场(87%),预计10月底前全部完成。", stated: "87%", operand: "230场" },
  { id: "ah-suzhou-xiaoxian-livelihood-projects-progress-2025-09-excerpt", line: "A3 81% = 948 / 1170", text: "1170件困难群体法律援助已完成948件(81%),预计11月底前全部完成。", stated: "81%", operand: "1170件" },
  { id: "gs-lanzhou-major-projects-progress-2016-07", line: "A2 44.51% = 343.19 / 771.12", text: "今年兰州市111个重大项目经调整后计划总投资771.12亿元,1~7月完成投资343.19亿元,占年度投资计划的44.51%。", stated: "44.51%", operand: "343.19亿元" },
  { id: "js-huaian-major-projects-progress-2024-h1-excerpt", line: "A5 93.56% = 305 / 326", text: "365个市重大产业项目已开工326个,完成投资887.44亿元,已达或超序时进度项目305个,占已开工项目数93.56%。", stated: "93.56%", operand: "305个" },
  { id: "sx-jincheng-qinshui-county-key-projects-investment-2021", line: "A3 151.47% = 28.78 / 19", text: "省级6项,概算投资140.16亿元,当年计划投资19亿元。1-12月份完成投资28.78亿元,投资完成率151.47%。", stated: "151.47%", operand: "28.78亿元" },
  { id: "sx-jincheng-qinshui-county-key-projects-investment-2021", line: "A4 116.45% = 26.4 / 22.67", text: "市级5项,概算投资221.76亿元,当年计划投资22.67亿元。1-12月份完成投资26.4亿元,投资完成率116.45%。", stated: "116.45%", operand: "26.4亿元" },
  { id: "sx-jincheng-qinshui-county-key-projects-investment-2021", line: "A5 103.66% = 22.39 / 21.6", text: "县级16项,概算投资108.72亿元,当年计划投资21.6亿元。1-12月份完成投资22.39亿元,投资完成率103.66%。", stated: "103.66%", operand: "22.39亿元" },
  { id: "yn-kunming-district-inspection-rectification-progress-2023", line: "A3 98.71% = 688 / 697", text: "截止目前,巡察反馈的697个问题,完成整改688个,基本完成取得阶段性成果并持续整改问题4个,未完成5个,总体完成率98.71%。", stated: "98.71%", operand: "688个" },
  // class 9: shares and change rates in 三公 / 直达资金 prose
  { id: "fj-fuzhou-direct-funds-allocation-payment-2021-01-08-trad", line: "A4 99.3% = (45.66 − 0.32) / 45.66", text: "市本級直達資金45.66億元,未分配0.32億元,分配率99.3%。", stated: "99.3%", operand: "45.66億元" },
  { id: "fj-fuzhou-direct-funds-allocation-payment-2021-01-08-trad", line: "A5 99.8% = 33.80 / 33.88", text: "縣區直達資金合計33.88億元,已分配33.80億元,未分配0.08億元,分配率99.8%。", stated: "99.8%", operand: "33.80億元" },
  { id: "fj-fuzhou-direct-funds-allocation-payment-2021-01-08-trad", line: "A7 60.8% ≈ 45.76 / 75.20", text: "截至2021年8月底,全市直達資金總量75.20億元,支出45.76億元,支付率為60.8%。", stated: "60.8%", operand: "45.76億元" },
  { id: "cq-yongchuan-three-public-expenses-final-2020", line: "A18 36.2% = 1093.92 / (1928.76 + 1093.92)", text: "2020年度全区“三公”经费总支出为1928.76万元。与上年相比,2020年度的“三公”经费支出减少了1093.92万元,下降了36.2%。", stated: "36.2%", operand: "1093.92万元" },
  // class 6: a stated whole against its counted parts
  { id: "gs-lanzhou-major-projects-progress-2016-07", line: "A3 29 = 18 + 11", text: "71个续建项目全部开工建设;29个新建项目中,累计开工18个,另外11个项目未到开工期限,均要求加快开展前期工作;11个预备项目均开展前期工作。", stated: "29个", operand: "18个" },
  { id: "ah-suzhou-xiaoxian-livelihood-projects-progress-2025-09-excerpt", line: "A3 30 = 3 + 27", text: "2025年全县30项民生实事中不设年度目标任务,常态化开展的有3项(便民停车行动),其余27项中,截至9月底已完成19项。", stated: "30项", operand: "27项" },
  { id: "bj-cas-semiconductors-budget-execution-2016-07", line: "A6 130 = 52 + 78", text: "截至7月底,全所130个课题中,52个课题预算执行率高于全所平均预算执行率,其中50个课题实际预算执行率超过序时进度;78个课题低于全所平均预算执行率,其中54个课题预算执行率在40%以下。", stated: "130个", operand: "78个" },
  { id: "yn-kunming-district-inspection-rectification-progress-2023", line: "A3 697 = 688 + 4 + 5", text: "截止目前,巡察反馈的697个问题,完成整改688个,基本完成取得阶段性成果并持续整改问题4个,未完成5个。", stated: "697个", operand: "5个" },
];

/** a figure slipped as truth-relations.ts slips it: changed by max(7%, one unit of its last digit), down; up where down is 0 */
export function slipFigure(figure: string): string {
  const m = /^(\d+(?:\.\d+)?)(.*)$/.exec(figure)!;
  const digits = m[1];
  const dec = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
  const unit = Math.pow(10, -dec);
  const v = Number(digits);
  const d = Math.max(v * 0.07, unit);
  const down = Math.round((v - d) / unit) * unit;
  const to = down > 0 ? down : v + d;
  return to.toFixed(dec) + m[2];
}

const replaceFirst = (text: string, from: string, to: string) => {
  const i = text.indexOf(from);
  return i < 0 ? text : text.slice(0, i) + to + text.slice(i + from.length);
};

export type Shape = { name: string; print: (text: string) => string };

/** the classes' other shapes: the text as published, in 繁體, with a PDF's spaces, in full-width forms, with a date clause
 * before it and the rate's '为 / 达' out, as a paragraph of a longer text (a sentence before and after it) */
export const SHAPES: Shape[] = [
  { name: "published", print: (t) => t },
  { name: "traditional", print: (t) => toTraditional(t) },
  { name: "spaced", print: (t) => spaced(t) },
  { name: "full-width", print: (t) => fullWidth(t) },
  { name: "dated, no 为", print: (t) => "据统计," + t.replace(/率为/g, "率").replace(/率達/g, "率").replace(/率达/g, "率") },
  { name: "in a paragraph", print: (t) => "今年以来,各项工作有序推进。" + t + "下一步将继续加大工作力度。" },
];

export const sheetOf = (text: string) => Grid.fromValues("Sheet1", [["工作进展情况通报"], [text]], []);

type Review = (g: Grid) => { findings: { rule: string; cell: string; severity: string }[] };
const RELATION_RULES = new Set(["ratio-mismatch", "exec-rate-mismatch", "total-mismatch"]);

export interface Measure {
  shape: string;
  /** clean prints with no relation flag at the cell */
  clean: number;
  /** prints with the stated figure slipped, flagged */
  stated: number;
  /** prints with an operand slipped, flagged */
  operand: number;
  n: number;
  /** the sources missed (either slip) */
  missed: string[];
}

export function measure(shapes: Shape[], review: Review, sources: Source[] = SOURCES): Measure[] {
  const flags = (t: string) => review(sheetOf(t)).findings.filter((f) => f.severity !== "info" && RELATION_RULES.has(f.rule) && f.cell === "A2").length;
  return shapes.map((s) => {
    const m: Measure = { shape: s.name, clean: 0, stated: 0, operand: 0, n: sources.length, missed: [] };
    for (const src of sources) {
      const clean = flags(s.print(src.text)) === 0;
      const a = flags(s.print(replaceFirst(src.text, src.stated, slipFigure(src.stated)))) > 0;
      const b = flags(s.print(replaceFirst(src.text, src.operand, slipFigure(src.operand)))) > 0;
      if (clean) m.clean++;
      if (a) m.stated++;
      if (b) m.operand++;
      if (!clean || !a || !b) m.missed.push(`${src.line}${clean ? "" : " (clean flagged)"}${a ? "" : " (stated)"}${b ? "" : " (operand)"}`);
    }
    return m;
  });
}
