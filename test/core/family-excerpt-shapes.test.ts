import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";
import { isClosingRow } from "../../src/core/recognise/table-closing";

/**
 * Shapes an unseen sheet's excerpt or layout gives it (metamorphic-family-excerpts.test.ts measures them on every
 * development sheet), each with a counter-shape that must not move:
 *   - a page of a rule sheet printed without its header, under the sheet's title (headerlessRulePage);
 *   - a signature line under the table (填报单位(盖章): | 填报人: | 填报日期:), which closes the table, where a preamble's
 *     填报单位:某县农业农村局 above it does not;
 *   - a scoring standard's header (序号 | 项目 | 小项内容 | … | 分值 | 打分方法) over an excerpt cut inside its first group,
 *     the group's name merged down over its items.
 */
type Rows = (string | number | null)[][];
const grid = (rows: Rows, merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const family = (rows: Rows, merges: string[] = []) => recognise(grid(rows, merges)).family;

/** A 村级党建 rule sheet's lines: group label, number, points, the criterion, how it is checked. */
const PARTY_LINES: Rows = [
  ["落实工作责任机制11分", 1, 2, "制订创建五个好村党组织规划和年度计划，有目标、有措施，并抓好落实", "查看支委、支部会议录及资料"],
  [null, 2, 3, "村第一书记或书记向党员大会述职并评议，半年和年底各一次", "查看支部会议录"],
  [null, 3, 3, "村委会向村党组织、村民代表会议汇报工作，前者半年一次，后者一年一次", "查看支委或支部会议录"],
  [null, 4, 3, "开展结对共建工作，村党组织、党员与机关党组织、党员开展了共建活动", "查看支部会议录、资料"],
];
/** A rule sheet's lines whose rules state the points taken off (扣1分) beside the item's own points in its label. */
const FUNERAL_LINES: Rows = [
  ["组织领导(15分)", "建立健全殡葬改革工作领导协调机制和工作运行机制(3分)", "未调整充实领导小组的扣1分，未配备专职人员的扣1分", null],
  [null, "认真执行县殡葬改革政策、规定，制定乡镇落实计划(2分)", "未认真执行及落实的，缺一项扣1分", null],
  [null, "与所辖村(居)委会签订殡葬改革目标管理责任书(2分)", "没有签订责任书的扣1分，工作认识不到位的扣1分", null],
];

describe("a page of a rule sheet without its header", () => {
  test("under a 考核评分细则 title, lines of points beside criteria written out are an indicator system", () => {
    expect(family([["某县2012年村级党建目标考核评分细则"], ...PARTY_LINES])).toBe("indicator-system");
  });
  test("the family only: no table is read from the page, nothing is reported as an error", () => {
    const g = grid([["某县2012年村级党建目标考核评分细则"], ...PARTY_LINES]);
    expect(review(g, "national").findings.filter((x) => x.severity === "error" || x.severity === "warning")).toEqual([]);
  });
  test("counter-shape: a list of units, each with its result and a score near 100, under a 考核评分表 title is no rule page (the 序号 column numbers the lines, no points)", () => {
    const units: Rows = [
      ["2023年度省定党务(政务)目标考核评分表"],
      [1, "经信局", "已上报规上企业名单库，完成专利申报任务10件", 100],
      [2, "教科体局", "已上报高新技术企业名单，完成专利申报任务10件", 100],
      [3, "公山镇", "上报方案、培训等资料，未完成专利申报任务2件，扣0.2分", 99.8],
      [4, "赤溪镇", "上报方案、培训等资料，未完成专利申报任务2件，扣0.2分", 99.8],
    ];
    expect(family(units)).not.toBe("indicator-system");
    // (nor printed twice, its numbers starting again at 1)
    expect(family([...units, [null], ...units])).not.toBe("indicator-system");
  });
  test("under a 考核评分表 title, item labels closing on their points beside rules in words are an indicator system", () => {
    expect(family([["殡葬改革工作乡镇目标责任考核评分表"], ...FUNERAL_LINES])).toBe("indicator-system");
  });
  test("rules opening on their item's points (满分10分.…) beside numbered items are an indicator system; the numbers are no points", () => {
    const rows: Rows = [
      ["某县农业科技示范项目技术指导员考核评分表"],
      [5, "对指导员、示范户督促检查情况", "满分5分.对指导员及示范户认真督促检查的得5分，督促不到位的扣2分", null],
      [6, "对指导员培训情况", "满分5分.积极加强对指导员的指导培训的得5分，未开展培训的不得分", null],
      [7, "完成信息上报和产业宣传情况", "满分15分.按要求完成信息上报，积极做好产业宣传的得15分", null],
    ];
    expect(family(rows)).toBe("indicator-system");
    // (counter-shape: the same numbered names beside texts that state no points)
    const plain: Rows = rows.map((r, k) => (k === 0 ? r : [r[0], r[1], "按要求认真组织落实，做好各项工作记录并及时上报材料", null]));
    expect(family(plain)).toBe("unknown");
  });
  test("an attachment's number above the title is no title", () => {
    expect(family([["附件2"], ["某县2012年村级党建目标考核评分细则"], ...PARTY_LINES])).toBe("indicator-system");
  });
  test("counter-shape: the same lines under a self-evaluation's title are no rule sheet", () => {
    expect(family([["某县2012年村级党建项目支出绩效自评表"], ...PARTY_LINES])).not.toBe("indicator-system");
  });
  test("counter-shape: under a result summary's title (评分结果汇总表) they are no rule sheet", () => {
    expect(family([["某县2012年村级党建考核评分结果汇总表"], ...PARTY_LINES])).not.toBe("indicator-system");
  });
  test("counter-shape: under a title naming no rules (…情况表) they are no rule sheet", () => {
    expect(family([["某县2012年村级党建工作情况表"], ...PARTY_LINES])).toBe("unknown");
  });
  test("counter-shape: a list of names and amounts under a rule sheet's title (no criterion, no rule) stays unknown", () => {
    const list: Rows = [["某县2023年度考核评分细则"], [1, "城关镇", 30], [2, "河口镇", 25], [3, "双桥乡", 20], [4, "新店乡", 25]];
    expect(family(list)).toBe("unknown");
  });
  test("counter-shape: two criterion lines only (three needed without a rule in words) stay unknown", () => {
    expect(family([["某县2012年村级党建目标考核评分细则"], ...PARTY_LINES.slice(0, 2)])).toBe("unknown");
  });
});

describe("a signature line under the table", () => {
  const SIGN_OFF: Rows = [[null], ["填报单位（盖章）：", null, "填报人：", null, "填报日期：2023年12月"]];
  /** A scoring rule's first item written as one line with no header (inferPointsRuleLines). */
  const ONE_ITEM: Rows = [
    ["新型农业经营主体培育工作考核评分指标表", null, null],
    ["1.农业龙头企业", 20, "①完成新增国家、省、市、县级农业龙头企业指标(15分):新培育国家级农业龙头企业得6分;②积极申报省级农业产业化联合体(2.5分):提交申报材料的得1分;③工作实效性、质量性(2.5分):根据任务完成质量打分"],
  ];
  /** A rule sheet's header and lines, its points in their own column. */
  const RULES: Rows = [
    ["市强制隔离戒毒所2020年度工作考评细则", null, null, null, null, null],
    ["考核内容", null, null, "评分标准", "考核方式", "责任处室"],
    ["综合工作", null, 33, null, null, null],
    [1, "队伍建设", 5, "领导班子团结有战斗力，群众满意率低于90%的扣1分", "平时掌握和年底测评", "政治部"],
    [2, "依法行政工作", 5, "未依法办理强戒人员奖惩的，每件扣1分", "平时掌握和检查相结合", "政法处"],
    [3, "调研信息工作", 5, "未按信息考核办法报送信息的，每次扣0.5分", "按信息考核通报", "办公室"],
  ];
  const RULE_MERGES = ["A1:F1", "A2:C2", "A3:B3"];
  test("closes the table: a headerless rule line keeps its family", () => {
    expect(family(ONE_ITEM)).toBe("indicator-system");
    expect(family([...ONE_ITEM, ...SIGN_OFF])).toBe("indicator-system");
  });
  test("closes the table: a rule sheet's columns are read as without it", () => {
    expect(family(RULES, RULE_MERGES)).toBe("indicator-system");
    expect(family([...RULES, ...SIGN_OFF], RULE_MERGES)).toBe("indicator-system");
  });
  test("the signature line is a closing row, also written in one cell", () => {
    expect(isClosingRow(grid([["x"], ["填报单位（盖章）：", null, "填报人：", null, "填报日期："]]), 2)).toBe(true);
    expect(isClosingRow(grid([["x"], ["填表单位：　　　　填表人：　　　　联系电话："]]), 2)).toBe(true);
  });
  test("counter-shape: a preamble's 填报单位 line naming the unit beside the money unit is no closing row", () => {
    expect(isClosingRow(grid([["x"], ["填报单位：某县农业农村局", null, null, "单位：万元"]]), 2)).toBe(false);
    expect(isClosingRow(grid([["x"], ["填报单位（盖章）：某县农业农村局"]]), 2)).toBe(false);
  });
  test("counter-shape: a preamble naming the unit and the date above a headerless rule line is skipped, not a closing row", () => {
    const [title, line] = ONE_ITEM;
    expect(family([title, ["填报单位：某县农业农村局", null, "填报日期：2023年12月"], line])).toBe("indicator-system");
  });
});

describe("a scoring standard cut inside its first group", () => {
  const HEAD: Rows = [["序号", "项目", "小项内容", "具体内容", "分值", "打分方法"]];
  const LINES: Rows = [
    [1, "组织领导(10分)", "强化组织领导", "以党委或政府名义召开会议，研究部署禁毒示范创建工作", 1, "召开政府常务会议的，每次得0.5分"],
    [2, null, "领导批示指示", "党委政府领导对禁毒示范创建工作作出批示指示", 1, "主要领导作出批示的，每次得0.5分"],
    [3, null, "成立领导小组", "成立创建领导小组，成立创建工作专班", 3, "成立由主要领导担任负责人的领导小组的得3分"],
  ];
  test("the lines under the group's name merged down count as its items: an indicator system", () => {
    expect(family([...HEAD, ...LINES], ["B2:B4"])).toBe("indicator-system");
  });
  test("counter-shape: lines under the merged name with nothing of their own between it and the points are no items", () => {
    const bare: Rows = LINES.map(([a, b, , , e]) => [a, b, null, null, e, null]);
    expect(family([...HEAD, ...bare], ["B2:B4"])).toBe("unknown");
  });
});
