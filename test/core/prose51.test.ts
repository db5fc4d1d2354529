import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { proseDigits } from "../../src/core/recognise/prose-rates";
import { sentenceBreakdowns, sentenceBreakdownSums, type Breakdown } from "../../src/core/recognise/sentence-breakdowns";
import { evaluateRelation } from "../../src/core/relations";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * prose51 (session 51): a sentence's figure and the list that breaks it down, kind by kind (recognise/sentence-breakdowns.ts) —
 * 其中 lists whose parts carry shares, rates or counts of their own, count 其中 lists, one list breaking down counts and money
 * at once, a second 其中 list of one cell, a breakdown opened by its aspect (从…看), a per-item list in brackets. The real
 * shapes, rewordings, 繁體, other units, and the near shapes that must not be read or flagged. Every number here is one a
 * reviewer adds by hand.
 */
type Row = (string | number)[];
const doc = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((l) => [l] as Row), []);
const real = (id: string) => jsonGrid(join(FIXTURES, "real", `${id}.json`));
const errors = (grid: Grid) => review(grid, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);
const read = (s: string) => sentenceBreakdowns(proseDigits(s)!);
const show = (b: Breakdown) => `${b.whole.text} ${b.exact ? "=" : "≤"} ${b.parts.map((p) => p.text).join(" + ")}`;

const TRAD: Record<string, string> = { 万: "萬", 个: "個", 项: "項", 财: "財", 拨: "撥", 收: "收", 业: "業", 经: "經", 营: "營", 单: "單", 为: "為", 资: "資", 础: "礎", 设: "設", 计: "計", 划: "劃", 对: "對", 发: "發", 农: "農", 县: "縣", 级: "級", 实: "實", 际: "際", 职: "職", 称: "稱", 员: "員", 师: "師", 该: "該", 务: "務", 机: "機", 关: "關", 离: "離", 退: "退", 心: "心", 国: "國", 库: "庫", 中: "中", 支: "支", 付: "付", 额: "額" };
const trad = (s: string) => [...s].map((ch) => TRAD[ch] ?? ch).join("");

describe("reading: the whole and its parts, kind by kind", () => {
  const cases: { what: string; text: string; want: string[] }[] = [
    // parts carrying shares (gs-tianshui A10), 万元
    {
      what: "parts with their shares, ';' groups",
      text: "2017年度,本单位收入为1687.45万元,其中:财政拨款收入1516.64万元,占89.88%;事业收入170.81万元,占10.12%;经营收入0万元,占0%。",
      want: ["1687.45万元 = 1516.64万元 + 170.81万元 + 0万元"],
    },
    {
      what: "the same in 繁體",
      text: trad("2017年度,本单位收入为1687.45万元,其中:财政拨款收入1516.64万元,占89.88%;事业收入170.81万元,占10.12%;经营收入0万元,占0%。"),
      want: ["1687.45万元 = 1516.64万元 + 170.81万元 + 0万元"],
    },
    {
      what: "in 元, the shares in brackets, another order of words",
      text: "本年度支出合计为250000元。其中:项目支出150000元(占60%);基本支出80000元(占32%);其他支出20000元(占8%)。",
      want: ["250000元 = 150000元 + 80000元 + 20000元"],
    },
    // rates after the whole and each part, 其中 opening the next sentence (sc-garze A5), 亿元
    {
      what: "rates after the whole and the parts, 其中 opening the next sentence, 亿元",
      text: "重大基础设施项目:累计完成投资104.08亿元,完成年度计划的94.98%。其中:交通基础设施项目累计完成投资91.94亿元,完成年度计划的100.65%;水利基础设施项目累计完成投资3.05亿元,完成年度计划的91.07%;城市基础设施项目累计完成投资9.09亿元,完成年度计划的61.04%。",
      want: ["104.08亿元 = 91.94亿元 + 3.05亿元 + 9.09亿元"],
    },
    // counts before each part's money (js-changzhou A2): two halves 城市 / 农村
    {
      what: "counts before each part's money; the two halves 城市 / 农村",
      text: "1月份,发放城乡低保补助资金131.55万元。其中,城市低保对象1062户、1321人,发放保障资金117.58万元;农村低保对象165户、231人,发放保障资金13.97万元。",
      want: ["131.55万元 = 117.58万元 + 13.97万元"],
    },
    {
      what: "two parts that are not the whole's halves: they may not exceed it",
      text: "下达资金500万元。其中,甲镇受益群众320户,安排资金200万元;乙镇受益群众100户,安排资金150万元。",
      want: ["500万元 ≤ 200万元 + 150万元"],
    },
    // count 其中 lists
    {
      what: "a count and its 其中 list, '、' and ',' (hn-nanxian A8)",
      text: "现有编制人员205人。其中,局机关在职113人、离休2人、退休75人、财政事务中心10人,国库集中支付中心5人。",
      want: ["205人 = 113人 + 2人 + 75人 + 10人 + 5人"],
    },
    {
      what: "the count after its noun (个 … 项目), 繁體, the list running on into other clauses",
      text: trad("项目总数为12个,其中:本级5个项目、甲所4个项目、乙站3个项目,经过本次自评工作,形成项目自评报告。"),
      want: ["12个 = 5个 + 4个 + 3个"],
    },
    {
      what: "parts past the whole: the first run adding up to it, the rest outside (退休 after 在职)",
      text: "核定人员编制71人,实际正式教职工62人,其中副高级职称4人,中级职称25人,初级职称23人,管理人员3人,技师3人,高级工3人,中级工1人,退休职工28人。",
      want: ["62人 = 4人 + 25人 + 23人 + 3人 + 3人 + 3人 + 1人"],
    },
    // prose51b: the run's cut needs the part after it named outside the whole
    {
      what: "a raised first part: the run adding up by chance before a part of its own family is no cut; the list runs to 退休",
      text: "核定人员编制71人,实际正式教职工62人,其中副高级职称5人,中级职称25人,初级职称23人,管理人员3人,技师3人,高级工3人,中级工1人,退休职工28人。",
      want: ["62人 = 5人 + 25人 + 23人 + 3人 + 3人 + 3人 + 1人"],
    },
    {
      what: "the same cut at 离休 in 繁體",
      text: trad("实际在职职工40人,其中管理人员10人,专业技术人员20人,工勤人员10人,离休干部2人。"),
      want: ["40人 = 10人 + 20人 + 10人"],
    },
    {
      what: "a stage of the handling after the run (已办结, sn-weinan A-shape), 件",
      text: "全年共收到群众来信1563件,其中直接答复430件,受理转办有效信件1133件,已办结1121件,办结率98.94%。",
      want: ["1563件 = 430件 + 1133件"],
    },
    {
      what: "a count after the whole's parts, of something else: the first run adding up is the list",
      text: "完成项目10个,其中市级项目6个,县级项目4个,涉及乡镇3个。",
      want: ["10个 = 6个 + 4个"],
    },
    // two kinds at once (cn-county A4)
    {
      what: "one list breaking down counts and money at once, 万元 among 亿元",
      text: "全县签订正式合同109个,协议引资7.78亿元,到位资金8.29亿元,完成年度目标任务的207.2%。其中工业项目35个,到位资金6.14亿元;基础设施建设项目18个,到位资金8910万元;其它项目56个,到位资金1.31亿元。",
      want: ["109个 = 35个 + 18个 + 56个", "8.29亿元 = 6.14亿元 + 8910万元 + 1.31亿元"],
    },
    // a second 其中 list of one sentence (zj-lishui A8)
    {
      what: "a second 其中 list after ';'",
      text: "全年实际收入1699.12万元,其中财政拨款收入1435.22万元,上年结转结余263.90万元;全年实际支出1595.59万元,其中基本支出890.4万元,项目支出705.19万元。",
      want: ["1699.12万元 ≤ 1435.22万元 + 263.90万元", "1595.59万元 = 890.4万元 + 705.19万元"],
    },
    // a stop lost in a copy (nm-linhe A6)
    {
      what: "a second list after a stop lost before a year",
      text: "2023年收到财政资金共2330.9万元,其中:中央资金1372.7万元,地方资金98.6万元,其他资金859.6万元2023年支出2310.4万元,其中中央资金1352.2万元,地方资金98.6万元,其他资金859.6万元",
      want: ["2330.9万元 = 1372.7万元 + 98.6万元 + 859.6万元", "2310.4万元 ≤ 1352.2万元 + 98.6万元 + 859.6万元"],
    },
    // an aspect opener (js-huaian A5): the one figure of its kind before
    {
      what: "从…看: the one amount of the sentence before; its several counts name no whole",
      text: "365个项目已开工326个,完成投资887.44亿元,完成年度计划62.14%,已达序时进度项目305个。从建设性质看,83个结转项目完成投资472.63亿元,完成年度计划69.26%;282个新列项目完成投资414.81亿元,完成年度计划55.62%。",
      want: ["887.44亿元 ≤ 472.63亿元 + 414.81亿元"],
    },
    // per-item lists in brackets
    {
      what: "per-item counts in brackets (sx-jincheng A1), the parts of a two-part 其中 list",
      text: "2021年,我县重点工程项目共30项,其中:建设项目27项(省级6项、市级5项、县级16项),前期项目3项(市级2项、县级1项)。",
      want: ["30项 ≤ 27项 + 3项", "27项 = 6项 + 5项 + 16项", "3项 = 2项 + 1项"],
    },
    {
      what: "money in brackets with colons and ';' (sc-meishan A3)",
      text: "中央资金776.84万元(一般公共预算:323.97万元;彩票公益金:452.87万元),已全部下达。",
      want: ["776.84万元 = 323.97万元 + 452.87万元"],
    },
    {
      what: "a bracket opened by 包括: some parts only",
      text: "确定23亿元(包括省红十字会接收的12亿元、市红十字会接收的10亿元)用于恢复重建。",
      want: ["23亿元 ≤ 12亿元 + 10亿元"],
    },
  ];
  for (const c of cases) test(c.what, () => expect(read(c.text).map(show)).toEqual(c.want));
});

describe("not read: what is no breakdown of the figure before it", () => {
  const cases: { what: string; text: string }[] = [
    { what: "a change before 其中", text: "“三公”经费支出合计35万元,比上年减少2.28万元。其中:因公出国费0万元,公务接待费5万元,公务用车运行费30万元。" },
    { what: "an approximate count is no whole", text: "全县洽谈项目360余个,其中工业项目200个,服务业项目100个,农业项目60个。" },
    { what: "a per-head standard in a part", text: "发放补助资金50万元,其中每人补助500元,共发放1000人。" },
    { what: "a part with two amounts in one segment", text: "下达资金300万元。其中,甲县100万元比上年增加20万元,乙县200万元。" },
    { what: "a change's bracket is no breakdown", text: "公务接待费比上年增加50万元(其中会议接待30万元,外宾接待30万元),主要是会议增多。" },
    { what: "a bracket excluding (不含)", text: "总投资500万元(不含征地费100万元、拆迁费50万元),已完成。" },
    { what: "a bracket of a single figure", text: "建设项目27项(省级6项),已开工。" },
    { what: "a bracket of parts far below the figure (a few named)", text: "确定23亿元(包括省红十字会接收的2亿元、市红十字会接收的1亿元)用于恢复重建。" },
    { what: "bands that nest (N分以上) are no partition", text: "本轮共检查61个。其中,得分70分以上的59个(占96.7%);得分80分以上的44个(占72.1%);得分90分以上的10个(占16.4%)。" },
    { what: "a stage of the money after a 其中 part (结余 / 审减 / 已支出)", text: "到位资金100万元,其中实际支出60万元,结余资金45万元。" },
    { what: "an approximate part (超过): the list not read", text: "现有编制人员205人。其中,局机关在职113人、离休2人、退休75人、财政事务中心10人,超过国库集中支付中心5人。" },
    { what: "a first run adding up with a part of its own family after it, no part named outside: chance, not read", text: "完成项目10个,其中市级项目6个,县级项目4个,乡镇项目3个。" },
    { what: "a raised part with the run adding up by chance and no part named outside after it: not read", text: "实际正式教职工62人,其中副高级职称5人,中级职称25人,初级职称23人,管理人员3人,技师3人,高级工3人,中级工1人,工勤人员28人。" },
    { what: "parts a quarter and more over their whole, no first run adding up: counts of something else", text: "完成项目10个,其中市级项目6个,县级项目5个,涉及乡镇3个。" },
    { what: "个百分点 is no count", text: "完成投资20亿元,超序时进度12.14个百分点。其中:交通项目5个,水利项目3个。" },
  ];
  for (const c of cases) test(c.what, () => expect(read(c.text).map(show)).toEqual([]));
  test("an approximate whole (约) is read within its allowance (rel54: a tenth of it), and no earlier figure stands in for it", () => {
    expect(read("核定人员编制71人,实际正式教职工约62人,其中副高级职称4人,中级职称25人,初级职称23人,管理人员3人,技师3人,高级工3人,中级工1人,退休职工28人。").map(show)).toEqual(["62人 = 4人 + 25人 + 23人 + 3人 + 3人 + 3人 + 1人"]);
  });
  test("a list's last part set apart by a stop: read on into the next sentence where the cut list does not add up", () => {
    expect(read("2017年度,本单位收入为1687.45万元,其中:财政拨款收入1516.64万元;事业收入100.81万元。经营收入70万元,其他收入0万元。").map(show)).toEqual(["1687.45万元 = 1516.64万元 + 100.81万元 + 70万元 + 0万元"]);
    // (prose51b: a list of ';' groups, each a count and an amount, its last group set apart by a stop: read on as a group)
    expect(read("全州共安排项目343个,投资规模19.89亿元,其中:甲市安排项目68个、计划投资6.83亿元;乙县安排项目181个、计划投资9.24亿元;丙县安排项目57个、计划投资1.83亿元。丁县安排项目37个、计划投资1.98亿元。").map(show)).toEqual(["343个 = 68个 + 181个 + 57个 + 37个", "19.89亿元 = 6.83亿元 + 9.24亿元 + 1.83亿元 + 1.98亿元"]);
    // (the same in 元, 繁體; and the group set apart holding a change: not read on, the two parts before it at most)
    expect(read(trad("共安排项目12个,投资规模900000元,其中:甲市安排项目5个、计划投资400000元;乙县安排项目4个、计划投资300000元。丙县安排项目3个、计划投资200000元。")).map(show)).toEqual(["12个 = 5个 + 4个 + 3个", "900000元 = 400000元 + 300000元 + 200000元"]);
    expect(read("共安排项目12个,投资规模90万元,其中:甲市安排项目5个、计划投资40万元;乙县安排项目4个、计划投资30万元。丙县安排项目3个、比上年增加20万元。").map(show)).toEqual(["12个 = 5个 + 4个 + 3个", "90万元 ≤ 40万元 + 30万元"]);
    // (the cut list adding up: not read on)
    expect(read("本单位收入为1687.45万元,其中:财政拨款收入1516.64万元;事业收入170.81万元。经营收入70万元,其他收入0万元。").map(show)).toEqual(["1687.45万元 ≤ 1516.64万元 + 170.81万元"]);
  });
  test("a list cut at the text's end with no stop: its parts may not exceed the whole", () => {
    expect(read("确定捐赠资金23亿元用于恢复重建,其中援建学校11.7亿元;援建医疗卫生机构6.3亿元;农牧民住房重建3.5亿元;防灾减灾设").map(show)).toEqual(["23亿元 ≤ 11.7亿元 + 6.3亿元 + 3.5亿元"]);
  });
  test("a 其中 list whose count wholes are several with figures between: not read for counts (the money's two parts, no halves: at most)", () => {
    expect(read("全县项目50个,开工30个,完成投资10亿元。其中:市级项目20个,投资6亿元;县级项目30个,投资4亿元。").map(show)).toEqual(["10亿元 ≤ 6亿元 + 4亿元"]);
  });
});

describe("review: flagged where the sentence does not add up, nothing where it does", () => {
  const cases: { what: string; lines: string[]; want: string[] }[] = [
    { what: "shares' list adding up", lines: ["2017年度,本单位支出为1942.57万元。其中:基本支出1121.09万元,占57.71%;项目支出821.48万元,占42.29%;经营支出0万元,占0%。"], want: [] },
    { what: "shares' list, the whole mistyped", lines: ["2017年度,本单位支出为1842.57万元。其中:基本支出1121.09万元,占57.71%;项目支出821.48万元,占42.29%;经营支出0万元,占0%。"], want: ["total-mismatch@A1"] },
    { what: "count list adding up (繁體)", lines: [trad("现有编制人员205人。其中,局机关在职113人、离休2人、退休75人、财政事务中心10人,国库集中支付中心5人。")], want: [] },
    { what: "staff by title, a first part raised: flagged (63 against 62), not masked by a run adding up by chance", lines: ["核定人员编制71人,实际正式教职工62人,其中副高级职称5人,中级职称25人,初级职称23人,管理人员3人,技师3人,高级工3人,中级工1人,退休职工28人。"], want: ["total-mismatch@A1"] },
    { what: "staff by title adding up before the retired: nothing", lines: ["核定人员编制71人,实际正式教职工62人,其中副高级职称4人,中级职称25人,初级职称23人,管理人员3人,技师3人,高级工3人,中级工1人,退休职工28人。"], want: [] },
    { what: "count list, a part mistyped", lines: ["现有编制人员205人。其中,局机关在职113人、离休2人、退休76人、财政事务中心10人,国库集中支付中心5人。"], want: ["total-mismatch@A1"] },
    { what: "two kinds: the money the slip", lines: ["全县签订正式合同109个,协议引资7.78亿元,到位资金8.29亿元,完成年度目标任务的207.2%。其中工业项目35个,到位资金6.14亿元;基础设施建设项目18个,到位资金8910万元;其它项目56个,到位资金1.31亿元。"], want: ["total-mismatch@A1"] },
    { what: "a whole shown coarser than its parts (113.4 over 113.39)", lines: ["重大产业项目:累计完成投资113.4亿元,完成年度计划的67.05%。其中:生态能源业累计完成投资102.21亿元;生态旅游业累计完成投资6.12亿元;优势矿产业累计完成投资0.73亿元;特色农牧业累计完成投资2.63亿元;战略性新兴产业累计完成投资1.7亿元。"], want: [] },
    { what: "a second 其中 list whose whole is the slip", lines: ["全年实际收入1699.12万元,其中财政拨款收入1435.22万元,上年结转结余263.90万元;全年实际支出1595.59万元,其中基本支出890.4万元,项目支出715.19万元。"], want: ["total-mismatch@A1"] },
    { what: "per-item counts in brackets not adding up", lines: ["2021年,我县重点工程项目共30项,其中:建设项目27项(省级6项、市级5项、县级15项),前期项目3项(市级2项、县级1项)。"], want: ["total-mismatch@A1"] },
  ];
  for (const c of cases) test(c.what, () => expect(errors(doc(c.lines))).toEqual(c.want));
});

describe("the real sheets of the shapes", () => {
  test("each reading holds on its real sheet (and 8.29亿元 is cn-county's slip)", () => {
    const got = (id: string) => sentenceBreakdownSums(real(id), []).map((r) => `${r.total.cell} ${r.total.text} ${evaluateRelation(r).ok ? "ok" : "≠"}`);
    expect(got("gs-tianshui-municipal-kindergarten-final-accounts-2017-trad-excerpt")).toEqual(["A7 62人 ok", "A10 1687.45万元 ok", "A12 1942.57万元 ok"]);
    expect(got("hn-nanxian-finance-bureau-dept-eval-report-2020-excerpt")).toEqual(["A8 205人 ok"]);
    expect(got("cn-county-investment-promotion-self-inspection-report-excerpt")).toEqual(["A4 109个 ok", "A4 8.29亿元 ≠"]);
    expect(got("sc-garze-key-projects-investment-progress-2017-09")).toEqual(["A5 104.08亿元 ok", "A6 113.4亿元 ok"]);
  });
});
