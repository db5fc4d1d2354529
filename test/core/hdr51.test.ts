import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { sheetFeatures, detectFamily } from "../../src/core/recognise";
import { wordListHead } from "../../src/core/recognise/word-list";
import { namesDeclaration } from "../../src/core/recognise/families/vocabulary";

/**
 * hdr51 (session 51): two recognition readings.
 * 1. A numbered list of words heads its sheet (word-list.ts): 序号 | 主管部门 | 补贴项目 | … | 备注 over lines numbered from 1
 *    that fill its columns with text (吕梁 一卡通 项目清单, real/sx-lvliang-…-2021: header row 6), where no amount, score or
 *    count reader finds a table; a prose sheet's stray line of short cells heads nothing.
 * 2. A notice naming the target forms one must fill (附件:1. … 2. …绩效目标表, 填报《…绩效目标表》) is not that form
 *    (features.ts, namesDeclaration): with a 项目名称 / 主管部门 / 实施单位 preamble it stays of no family
 *    (real/ln-disabled-federation-wheelchair-fuel-subsidy-allocation-2020-excerpt); a form under its own title stays a declaration.
 */

type Row = string[];
const grid = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows.map((r) => r.map((v) => v)), merges);
const padded = (rows: Row[]) => {
  const w = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array(w - r.length).fill("")]);
};

// ---------------------------------------------------------------------------------------------------------------------
// 1. a numbered list of words

const HEAD = ["序号", "主管部门", "补贴项目", "政策级次", "政策依据文件及文号", "补贴对象", "补助标准", "申领流程", "发放方式", "发放时间", "咨询电话", "备注"];
const LINE1 = ["1", "市残疾人联合会", "残疾人购买机动轮椅燃油补助", "中央", "财政部 中国残联《关于残疾人机动轮椅车燃油补贴的通知》(财社〔2010〕256号)", "购买机动轮椅车的下肢残疾人", "260元/年/车", "符合条件的残疾人携带申报材料前往县残联申请办理", "现金发放,从2021年起纳入一卡通发放", "6月底前发放", "0358-2100403", "因2019年燃油补贴经办人员更换,导致2019系统内多报补贴人数5人,年底结转资金1300元。"];
const LINE2 = ["2", "市残疾人联合会", "困难残疾人生活补贴", "省级", "省政府《关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的实施意见》", "低保家庭中的残疾人", "每人每月80元", "本人申请,乡镇审核,县残联审定", "社会化发放", "按月发放", "0358-2100403", ""];
const TOP: Row[] = [["市残疾人联合会“一卡通”项目清单"], ["新闻来源: 市残疾人联合会"], ["更新时间:2021-06-30"], ["“一卡通”项目清单(中央政策)"], ["填报日期:"]];
const TAIL: Row[] = [["附件:"], ["1、吕残联函【2012】1号关于上报残疾人机动轮椅车燃油补贴数据的通知 001.pdf"], ["2、中国残联财政部关于残疾人机动轮椅车燃油补贴的通知.pdf"]];

const TRAD_HEAD = ["序號", "主管部門", "補貼項目", "政策級次", "政策依據文件及文號", "補貼對象", "補助標準", "申領流程", "發放方式", "發放時間", "諮詢電話", "備註"];
/** other wording: a 办事 list (编号 | 事项名称 | 责任单位 | 办理时限 | 办理地点 | 联系电话 | 备注) */
const OTHER_HEAD = ["编号", "事项名称", "责任单位", "办理条件", "办理时限", "办理地点", "联系电话", "备注"];
const OTHER_LINES: Row[] = [
  ["1", "残疾人证办理", "县残联", "持本人身份证、户口簿", "15个工作日", "县政务服务中心二楼", "0358-2100403", "免费"],
  ["2", "残疾人机动轮椅车燃油补贴", "县残联", "持有机动轮椅车的下肢残疾人", "每年6月", "县残联一楼", "0358-2100404", ""],
  ["3", "残疾儿童康复救助", "县残联、县卫健局", "0—6岁残疾儿童", "随时申请", "县康复中心", "0358-2100405", "定点机构"],
];
/** an extra blank column inside the list (after 补贴项目), blank on its head and its line */
const withBlankCol = (r: Row) => [...r.slice(0, 3), "", ...r.slice(3)];
/** another column order: the word columns shuffled, 序号 still first */
const reorder = (r: Row) => [r[0], r[5], r[2], r[1], r[11], r[6], r[3], r[4], r[10], r[7], r[8], r[9]];

const HEADED: [string, Row[], number][] = [
  ["the real sheet's shape: a title block, a 12-column head of words at row 6, one line numbered 1, an attachment list", [...TOP, HEAD, LINE1, ...TAIL], 6],
  ["two lines numbered 1, 2 (the second with a blank 备注)", [...TOP, HEAD, LINE1, LINE2, ...TAIL], 6],
  ["in traditional characters (序號 | 主管部門 | 補貼項目 …)", [...TOP, TRAD_HEAD, LINE1, ...TAIL], 6],
  ["another wording: 编号 | 事项名称 | 责任单位 | 办理条件 | 办理时限 | 办理地点 | 联系电话 | 备注, three lines", [["县残联便民服务事项一览表"], OTHER_HEAD, ...OTHER_LINES], 2],
  ["another column order (the word heads shuffled)", [...TOP, reorder(HEAD), reorder(LINE1), reorder(LINE2)], 6],
  ["an extra blank column inside the list", [...TOP, withBlankCol(HEAD), withBlankCol(LINE1)], 6],
  ["moved one column right (the list starting at B) under no title", [["", ...HEAD], ["", ...LINE1]], 1],
];

describe("a numbered list of words heads its sheet (word-list.ts)", () => {
  test.each(HEADED)("%s", (_name, rows, header) => {
    const g = grid(padded(rows));
    const r = review(g, "national");
    expect(r.model.family).toBe("unknown");
    expect(r.model.headerRow).toBe(header);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("the list's lines are the numbered ones under the head: 1 and 2 of the two-line list (rows 7, 8), not the attachment list's 1、2、", () => {
    expect(wordListHead(grid(padded([...TOP, HEAD, LINE1, LINE2, ...TAIL])))).toEqual({ headerRow: 6, rows: [7, 8] });
  });

  const PROSE: Row[] = [
    ["关于做好2021年残疾人两项补贴发放工作的通知"],
    ["各县(市、区)残联:"],
    ["为切实做好困难残疾人生活补贴和重度残疾人护理补贴发放工作,现将有关事项通知如下。"],
    ["一、各地要按月足额发放补贴资金,确保补贴资金及时发放到残疾人手中。"],
  ];
  const NONE: [string, Row[]][] = [
    ["a prose notice with a stray line of short heads and no numbered line under it", [...PROSE, HEAD, ["联系人:张三,联系电话:0358-2100403。"]]],
    ["a head whose line numbered 1 is one long sentence (a paragraph numbered 1, no line of the list)", [...PROSE, ["序号", "主管部门", "补贴项目", "补贴对象", "补助标准", "备注"], ["1", "各县残联要按照补贴对象和补助标准做好审核工作,于每月10日前报送补贴发放名册。"]]],
    ["heads that name no column of a list (甲 | 乙 | 丙 | 丁 | 戊)", [...PROSE, ["序号", "甲", "乙", "丙", "丁", "戊"], ["1", "张三", "李四", "王五", "赵六", "钱七"]]],
    ["a line spreading past the head's columns", [...PROSE, ["序号", "主管部门", "补贴项目", "补贴对象", "补助标准"], ["1", "县残联", "燃油补贴", "下肢残疾人", "260元/年", "另见附件"]]],
    ["a line filling only its first cells (label | value pairs under a line of labels)", [...PROSE, ["序号", "主管部门", "补贴项目", "补贴对象", "补助标准", "发放方式", "备注"], ["1", "县残联", "", "", "", "", ""]]],
    ["a continuation page, its lines numbered from 5 (no line 1 under the head)", [...PROSE, HEAD, ["5", ...LINE1.slice(1)]]],
    ["too few heads (序号 | 补贴项目 | 补助标准 | 备注)", [...PROSE, ["序号", "补贴项目", "补助标准", "备注"], ["1", "燃油补贴", "260元/年/车", "无"]]],
    ["no numbering head first (项目名称 | 主管部门 | … a form's line of labels)", [...PROSE, ["补贴项目", "主管部门", "补贴对象", "补助标准", "发放方式", "备注"], ["燃油补贴", "县残联", "下肢残疾人", "260元/年/车", "现金", "无"]]],
    ["a blank line between the head and its line numbered 1", [...PROSE, HEAD, [], LINE1]],
  ];
  test.each(NONE)("no header: %s", (_name, rows) => {
    const g = grid(padded(rows));
    expect(wordListHead(g)).toBeNull();
    expect(review(g, "national").model.headerRow).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// 2. naming a form to fill is not being that form

const NOTICE: Row[] = [
  ["辽宁省残联关于分配使用2020年残疾人机动轮椅车燃油补贴资金的通知"],
  ["发布时间:2020年07月13日 编辑:残联管理员 来源:省残联"],
  ["沈阳、大连、鞍山、抚顺、营口、朝阳市残联:"],
  ["2020年,中央财政下达我省残疾人机动轮椅车燃油补贴共311万元,补贴残疾人机动轮椅车11930辆。省残联会同省财政厅补充下达2020年残疾人机动轮椅车燃油补贴68万元,标准为每车每年补贴260元,各市分配意见见附件1。"],
  ["按照省财政要求,对资金实施全过程预算绩效管理,请参照省确定的整体绩效目标(附件2),设置本地区区域绩效目标,并填报《转移支付区域绩效目标表》(附件3),于2020年8月7日前将纸质盖章表格报送省残联权益部。"],
  ["联系人:张秋玲 联系电话:024-86932029"],
];
const LIST_ONE_LINE: Row[] = [["附件:1. 2020年残疾人机动轮椅车燃油补贴资金分配表"], ["      2. 中央对地方转移支付整体绩效目标表"], ["      3. 转移支付区域绩效目标表"]];
const LIST_BARE_OPENER: Row[] = [["附件:"], ["1、2020年残疾人机动轮椅车燃油补贴资金分配表"], ["2、中央对地方转移支付整体绩效目标表"], ["3、转移支付区域绩效目标表"]];
const LIST_TRAD: Row[] = [["附件：1. 2020年殘疾人機動輪椅車燃油補貼資金分配表"], ["2. 中央對地方轉移支付整體績效目標表"], ["3. 轉移支付區域績效目標表"]];
const SIGNED: Row[] = [["辽宁省残疾人联合会"], ["2020年7月9日"], ["附件1"], ["2020年残疾人机动轮椅车燃油补贴资金分配表"], ["提前下达"], ["此次下达"]];
const PREAMBLE: Row[] = [["项目名称", "某县乡村道路养护"], ["主管部门", "某县交通运输局"], ["实施单位", "某县公路事务中心"]];
/** the preamble right under the notice's title line, as the metamorphic change puts it */
const preambled = (rows: Row[]) => [rows[0], ...PREAMBLE, ...rows.slice(1)];
const familyOf = (rows: Row[]) => detectFamily(sheetFeatures(grid(padded(rows)))).family;

/** A target form under its own title: 附件2 / its title / its identity fields / its indicator head and lines. */
const FORM: Row[] = [
  ["附件2"],
  ["2020年残疾人机动轮椅车燃油补贴区域绩效目标表"],
  ["项目名称", "残疾人机动轮椅车燃油补贴", "", ""],
  ["主管部门", "辽宁省残疾人联合会", "实施单位", "各市残联"],
  ["资金情况(万元)", "年度资金总额", "311", ""],
  ["年度总体目标", "按标准足额发放燃油补贴,保障下肢残疾人出行", "", ""],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "补贴车辆数", "11930辆"],
  ["", "质量指标", "补贴发放准确率", "100%"],
  ["效益指标", "社会效益指标", "残疾人出行条件改善", "明显改善"],
  ["满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥90%"],
];

describe("a form named to be filled is not that form (features.ts attachment lists, namesDeclaration)", () => {
  const NOT_DECLARATIONS: [string, Row[]][] = [
    ["the real notice's shape: an attachment list 附件:1. … 2. …绩效目标表 3. …绩效目标表, signed, 附件1's cut head", [...NOTICE, ...LIST_ONE_LINE, ...SIGNED]],
    ["the same with a 项目名称 / 主管部门 / 实施单位 preamble (the metamorphic change)", preambled([...NOTICE, ...LIST_ONE_LINE, ...SIGNED])],
    ["附件: alone over its items 1、2、3、", preambled([...NOTICE, ...LIST_BARE_OPENER, ...SIGNED])],
    ["in traditional characters (附件：1. … 績效目標表)", preambled([...NOTICE, ...LIST_TRAD, ...SIGNED])],
    ["no attachment list, a short line asking for the form (no comma: read with the title): 请于8月7日前填报《转移支付区域绩效目标表》", preambled([NOTICE[0], ["请于8月7日前填报《转移支付区域绩效目标表》"], ...NOTICE.slice(1), ...SIGNED])],
    ["a short line naming the form to send: 请各市残联报送区域绩效目标表", preambled([NOTICE[0], ["请各市残联报送区域绩效目标表"], ...NOTICE.slice(1), ...SIGNED])],
  ];
  test.each(NOT_DECLARATIONS)("no declaration: %s", (_name, rows) => {
    expect(familyOf(rows)).not.toBe("target-declaration");
  });

  const DECLARATIONS: [string, Row[]][] = [
    ["the form under its own title (附件2 / …区域绩效目标表 / fields / indicator head)", FORM],
    ["the form with its title and attachment number in one cell (附件2:…绩效目标表)", [["附件2:2020年残疾人机动轮椅车燃油补贴区域绩效目标表"], ...FORM.slice(2)]],
    ["the form's title quoting the project (《燃油补贴》项目绩效目标表): the form's own name stands outside the quotes", [["《残疾人机动轮椅车燃油补贴》项目绩效目标表"], ...FORM.slice(2)]],
    ["the notice with its attachment list, then the form itself under its own title", [...NOTICE, ...LIST_ONE_LINE, ["辽宁省残疾人联合会"], ["2020年7月9日"], ...FORM]],
  ];
  test.each(DECLARATIONS)("a declaration: %s", (_name, rows) => {
    expect(familyOf(rows)).toBe("target-declaration");
  });

  test.each([
    ["2021年项目支出绩效目标表", true],
    ["附件3:转移支付区域绩效目标表", true],
    ["《残疾人机动轮椅车燃油补贴》项目绩效目标表", true],
    ["绩效目标申报表(填报单位:某县残联)", true],
    ["填报《转移支付区域绩效目标表》", false],
    ["请于8月7日前报送区域绩效目标表", false],
    ["关于上报2021年项目绩效目标表的通知", false],
    ["2020年残疾人机动轮椅车燃油补贴资金分配表", false],
  ])("namesDeclaration(%s) is %s", (text, names) => {
    expect(namesDeclaration(text)).toBe(names);
  });
});
