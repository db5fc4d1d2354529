import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { review } from "../../src/core/review";

/**
 * dev44a (session 44): a rubric section whose heading states the section's points and names its items (inline on the
 * heading's line or in lines of their own), the items' points stated only by the lettered rules under them (A、 B、 … /
 * A. B. / 甲、 乙、 …, each awarding 'N分'): the rules are the items, their points add up to the section's
 * (paragraph-list.ts letteredItems). Not where the lettered lines are one item's tiers (a grade named, awards falling
 * line by line, or the best award the item's own points), nor where they state no points (requirements).
 */
type Row = (string | number | null)[];
const column = (lines: string[]): Grid => Grid.fromValues("Sheet1", lines.map((t) => [t] as Row), []);
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);
const weights = (g: Grid) => recognise(g).indicators.map((i) => [i.row, i.weight]);

describe("lettered rules awarding points are the items of the section above them", () => {
  // 1. the real sheet's shape: items named inline in the heading, the first item's rules under it, the next items in lines;
  //    (一) 20 against 5 + 5 + 5 + 10 = 25 (hand sum)
  const INLINE = [
    "年度村级考核评分标准",
    "(一)组织工作(20分) 1、班子建设 2、党员管理",
    "A、班子团结,无矛盾的记5分,否则酌情扣分。",
    "B、按时收缴党费的记5分,未完成不记分。",
    "3、廉政工作",
    "A、无违纪现象的记5分,发现一起扣5分。",
    "B、品行端正,形象良好的记10分。",
    "(二)经济工作(20分) 1、产业发展 2、项目建设",
    "A、完成产业发展任务的记10分,",
  ];
  test("1. inline items, rules A、B、 under them: (一) 20 over 25", () => {
    const g = column(INLINE);
    expect(weights(g).filter(([, w]) => w !== null)).toEqual([[3, 5], [4, 5], [6, 5], [7, 10]]);
    expect(flags(g)).toContain("weight-sum-mismatch@A2");
    // (the cut section (二), naming its items inline, the page stopping in its first rule: a group cut before its items, no item)
  });

  // 2. traditional characters, 記 for 记: 15 + 10 + 5 = 30 against (一) 25
  test("2. traditional characters (記N分): (一) 25 over 30", () => {
    const g = column([
      "年度考核內容及評分標準",
      "(一)黨務工作(25分)",
      "1、組織建設工作",
      "A、班子團結奮進的記10分。",
      "B、黨員發展工作記5分。",
      "2、紀檢工作",
      "A、嚴格遵守黨紀的記10分。",
      "B、形象良好的記5分。",
    ]);
    expect(flags(g)).toContain("weight-sum-mismatch@A2");
  });

  // 3. no title, heavenly stems 甲、乙、 with 计N分, a 一、 section: 10 + 5 + 10 + 10 = 35 against 30
  test("3. no title, 甲、乙、 rules (计N分): 一、 30 over 35", () => {
    const g = column([
      "一、组织建设(30分)",
      "1、班子建设",
      "甲、班子团结,议事规范的计10分;",
      "乙、按月召开支委会的计5分。",
      "2、党员管理",
      "甲、党员教育有计划、有记录的计10分;",
      "乙、按时发展党员的计10分。",
    ]);
    expect(flags(g)).toContain("weight-sum-mismatch@A1");
  });

  // 4. A. B. rules closing with their points in brackets (full-width): 5 + 5 + 5 + 5 = 20 against (一) 15
  test("4. A. B. rules with their points in brackets: (一) 15 over 20", () => {
    const g = column([
      "村级综合考评细则",
      "(一)基础工作(15分)",
      "1、台账管理",
      "A.建立年度工作台账（5分）",
      "B.台账及时更新（5分）",
      "2、信息报送",
      "A.按时报送月报（5分）",
      "B.数据准确无误（5分）",
    ]);
    expect(flags(g)).toContain("weight-sum-mismatch@A2");
  });

  // 5. the same section adding up (10 + 5 + 5 + 5 = 25), a cut page: read, no slip
  test("5. a section whose rules add up to it, the page cut in the next: items read, no finding", () => {
    const g = column([
      "(一)党务工作(25分) 1、组织建设",
      "A、搞好班子团结的记10分,否则酌情扣分。",
      "B、做好党费收缴工作的记5分,未完成不记分。",
      "2、纪检工作",
      "A、廉洁自律的记5分,发现一起扣5分。",
      "B、品行端正的记5分,否则不记分。",
      "(二)农业工作(20分) 1、特色产业 2、畜牧业",
      "A、积极配合乡农办做好相应工作,协助工作不力的",
    ]);
    expect(weights(g).filter(([, w]) => w !== null)).toEqual([[2, 10], [3, 5], [5, 5], [6, 5]]);
    expect(flags(g).filter((f) => f.startsWith("weight-sum"))).toEqual([]);
  });

  // 6. a lettered line stating no points in a run (a requirement whose points are not printed): the section's sum a floor,
  //    15 + 10 + 5 + 5 = 35 already over (一) 15 — flagged; under a section of 40 (35 + C's unprinted points): not checked
  test.each([
    [15, ["weight-sum-mismatch@A2"]],
    [40, []],
  ])("6. a lettered rule of no points: (一) %i", (stated, expected) => {
    const g = column([
      "考核评分标准",
      `(一)纪检工作(${stated}分)`,
      "1、廉政建设",
      "A、严格遵守廉政准则的记15分,发现一起扣10分。",
      "B、品行端正,形象良好的记10分。",
      "C、党务公开",
      "2、信访工作",
      "A、无越级上访的记5分。",
      "B、信访件按时办结的记5分。",
    ]);
    const ws = flags(g).filter((f) => f.startsWith("weight-sum"));
    expect(ws).toEqual(expected);
  });
});

describe("near shapes: lettered lines that are one item's tiers or requirements are not items", () => {
  // (一) 25 = 10 + 10 + 5 over its items; tiers read as items would make it 10+6+0 + 10+8+6 + 5+3 = 48
  const TIERS = [
    "考核评分标准",
    "(一)工作任务(25分)",
    "1、工作完成情况(10分)",
    "A、全部完成的记10分;",
    "B、基本完成的记6分;",
    "C、未完成的记0分。",
    "2、工作质量(10分)",
    "A、优秀,记10分",
    "B、良好,记8分",
    "C、合格,记6分",
    "3、报送时效(5分)",
    "A、按时报送的记5分;",
    "B、逾期报送的记3分。",
  ];
  // (each item read at its first rule line, as a heading over its paragraphs is: the rules its one item's)
  test("falling awards, grades named, the best award the item's own points: tiers, no sum", () => {
    const g = column(TIERS);
    expect(flags(g).filter((f) => f.startsWith("weight-sum"))).toEqual([]);
    expect(weights(g).filter(([, w]) => w !== null)).toEqual([[4, 10], [8, 10], [12, 5]]);
  });

  test("grades by letter (A 优 10分 / B 良 8分 / C 中 6分) under one item: tiers", () => {
    const g = column([
      "(一)工作任务(20分)",
      "1、工作完成情况(10分)",
      "A、优:记10分",
      "B、良:记8分",
      "C、中:记6分",
      "2、工作质量(10分):资料齐全的记10分。",
      "3、其他工作(0分)",
    ]);
    expect(flags(g).filter((f) => f.startsWith("weight-sum"))).toEqual([]);
  });

  test("lettered requirements stating no points under an item with its points: its rule, the item kept", () => {
    const g = column([
      "考核评分标准",
      "(一)基础工作(20分)",
      "1、档案管理(10分)",
      "A、建立档案",
      "B、专人管理",
      "2、制度建设(10分)",
      "A、制度上墙",
      "B、执行到位",
      "(二)业务工作(20分)",
      "1、任务完成(20分)",
    ]);
    expect(weights(g).filter(([, w]) => w !== null)).toEqual([[4, 10], [7, 10], [10, 20]]);
    expect(flags(g)).toEqual([]);
  });
});

describe("a header printed again at a page break, only its copy read by the header search", () => {
  // 工作内容 | 考评标准 | 标准分 with the standard's 合计 printed first: the items' readers stop at that 合计 under the first
  // printing and take the copy (whose lines, 10 × 6 + 40 = 100, add up to a round whole); the table is the first printing's
  // (the page cut under 三's first item, as 供电所 配电管理 is)
  const head = ["工作内容", "", "考评标准", "标准分"];
  const body: Row[] = [
    ["合计", "", "", 150],
    ["一", "基础资料管理", "", 80],
    ["1、规程制度齐全", "", "缺一种扣1分", 15],
    ["2、生产图纸与现场相符", "", "每缺一种扣1分", 25],
    ["3、记录台帐齐全", "", "不齐全扣2分", 30],
    ["4、工程资料齐全", "", "每缺一种扣1分", 10],
    ["二", "运行生产管理", "", 70],
    ["1、报表和总结", "", "迟报扣1分", 10],
    ["2、运行分析", "", "未开会扣2分", 10],
    ["3、巡视工作", "", "未巡视扣1分", 10],
    ["4、缺陷管理", "", "不执行扣2分", 10],
    ["5、设备标志", "", "不规范扣1分", 10],
    ["6、停送电管理", "", "迟报扣1分", 10],
    ["7、两票管理", "", "不合格扣2分", 10],
    ["三", "安全管理", "", 40],
    ["1、配电", "", "", null],
  ];
  const merges = (rows: Row[]) => rows.flatMap((r, k) => (r[1] === "" && r[0] !== "" ? [`A${k + 1}:B${k + 1}`] : r[0] !== "" && r[2] === "" && r[1] !== "" ? [`B${k + 1}:C${k + 1}`] : []));
  const sheet = (rows: Row[]) => Grid.fromValues("Sheet1", rows, merges(rows));
  const plain = [head, ...body];
  const copied = [head, ...body.slice(0, 8), head, ...body.slice(8)];
  test("the header read at its first printing, the same items with or without the copy", () => {
    const a = recognise(sheet(plain));
    const b = recognise(sheet(copied));
    expect(a.headerRow).toBe(1);
    expect(b.headerRow).toBe(1);
    const w = (m: typeof a, shift: number) => m.indicators.map((i) => [i.row > 9 && shift ? i.row - shift : i.row, i.weight]);
    expect(w(b, 1)).toEqual(w(a, 0));
  });
});
