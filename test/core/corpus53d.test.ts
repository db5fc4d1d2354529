import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * corpus53d (session 43): two shapes of a rubric pasted one paragraph per row that the paragraph-list reader did not read
 * (src/core/recognise/paragraph-list.ts):
 * - a line with points over unnumbered paragraphs each closing with points of their own (pointedParts) — 靖江 林业绿化
 *   考核意见 (js-jingjiang-town-village-forestry-greening-assessment-opinions-excerpt): '1、加强领导(5分)' over
 *   '建立林业绿化工作班子;(1分)', '落实干部考核责任制;(1分)', '建立资料档案及时上报绿化进度。(3分)'. The paragraphs are the
 *   items, the line a block over them (5 = 1 + 1 + 3).
 * - an item's head sentence stating its points with 得 and nothing after it, its rule the paragraph under (HEAD_AWARD) —
 *   金坛 2008 河塘清淤 考核办法 (js-jintan-village-pond-dredging-work-assessment-measures-2008-excerpt): '1.完成计划任务得25分。'
 *   over '完成整村推进河塘计划任务(个数)得15分,…'; with no group and no total printed, six such items adding up to a round
 *   whole (25 + 20 + 15 + 15 + 15 + 10 = 100) are the evidence of a rubric (ROUND_WHOLES).
 * The numbers below are the lines' own.
 */

const col = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]), []);
const read = (g: Grid) => review(g).model.indicators.map((i) => [i.row, i.weight, i.weightCell]);
const family = (g: Grid) => review(g).model.family;
const flagged = (g: Grid, rule: string) => review(g).findings.filter((f) => f.rule === rule).map((f) => f.cell);

/** 靖江's 一、考核内容 as published (rows as in the fixture, shifted up by the title's one line). */
const jingjiang = [
  "为了推进全镇林业绿化工作,巩固现有森林资源,经党委、政府研究决定,对各村林业绿化工作进行专项考核,现提出考核意见如下:",
  "一、考核内容",
  "1、加强领导(5分)",
  "建立林业绿化工作班子;(1分)",
  "落实干部考核责任制;(1分)",
  "建立资料档案及时上报绿化进度。(3分)",
  "2、目标任务(65分)",
  "新增成片林150亩,每村不少于10亩;(15分)",
  "巩固完善绿色通道建设;(5分)",
  "巩固完善农田林网建设,每村不少于300亩;(15分)",
  "抓好村庄水泥路道两侧绿化带风景线建设,村庄绿化达标。(10分)",
  "抓好各村境内中沟、河道绿化带建设(含疏峻河道在内)。(20分)",
  "(具体见林业绿化目标任务分解表)",
  "3、机制创新,落实苗木产权(30分)",
  "村庄水泥公路两侧所栽常绿树木、花草,落实管护责任到位;(5分)",
  "中沟、河道、农田林网所栽树木,必须落实好林木产权;(15分)",
  "广靖高速、绿色通道所栽苗木,必须落实好产权。(10分)",
];
const jingjiangItems = [
  [4, 1, "A4"], [5, 1, "A5"], [6, 3, "A6"],
  [8, 15, "A8"], [9, 5, "A9"], [10, 15, "A10"], [11, 10, "A11"], [12, 20, "A12"],
  [15, 5, "A15"], [16, 15, "A16"], [17, 10, "A17"],
];

describe("a line with points over unnumbered paragraphs each closing with points (paragraph-list pointedParts)", () => {
  test("靖江: the eleven paragraphs are the items (5 = 1 + 1 + 3, 65 = 15 + 5 + 15 + 10 + 20, 30 = 5 + 15 + 10); nothing flagged", () => {
    const g = col(jingjiang);
    expect(family(g)).toBe("indicator-system");
    expect(read(g)).toEqual(jingjiangItems);
    expect(review(g).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("variant: a slip — 建立资料档案 (4分) under 1、加强领导(5分): 1 + 1 + 4 = 6, flagged once at the heading A3", () => {
    const g = col(jingjiang.map((t) => (t === "建立资料档案及时上报绿化进度。(3分)" ? "建立资料档案及时上报绿化进度。(4分)" : t)));
    expect(flagged(g, "weight-sum-mismatch")).toEqual(["A3"]);
  });

  test("variant: full-width brackets and traditional characters ('建立林業綠化工作班子;（1分）')", () => {
    const g = col(jingjiang.map((t) => t.replace(/\((\d+)分\)$/, "（$1分）").replace("林业绿化", "林業綠化").replace("考核责任制", "考核責任制")));
    expect(read(g)).toEqual(jingjiangItems);
  });

  test("variant: a part's text wrapped over two paragraphs, its points closing the second (row 4, its points at A5)", () => {
    const lines = [...jingjiang];
    lines.splice(3, 1, "建立林业绿化工作班子,", "明确分管领导;(1分)");
    const items = read(col(lines));
    expect(items.slice(0, 3)).toEqual([[4, 1, "A5"], [6, 1, "A6"], [7, 3, "A7"]]);
  });

  test("variant: (一)-style groups and a group named with a comma ('(三)机制创新,落实苗木产权(30分)')", () => {
    const g = col(jingjiang.map((t) => t.replace(/^([123])、/, (_, d) => `(${"一二三"[Number(d) - 1]})`)));
    expect(read(g)).toEqual(jingjiangItems);
  });

  test("counter-shape: only one paragraph closing with points — the paragraphs are the heading's rule, one item of 5 at the first", () => {
    const lines = ["一、考核内容", "1、加强领导(5分)", "建立林业绿化工作班子,落实干部考核责任制;", "建立资料档案及时上报绿化进度。(3分)", "2、目标任务(10分)", "新增成片林;(4分)", "巩固绿色通道;(6分)", "3、机制创新(5分)", "落实管护责任;(2分)", "落实林木产权;(3分)"];
    const items = read(col(lines));
    expect(items[0]).toEqual([3, 5, "A2"]);
  });

  test("counter-shape: deductions in brackets ('(扣2分)') are no parts — the line stays one item with its points", () => {
    const lines = ["一、考核内容", "1、组织领导(5分)", "未成立领导小组的;(扣2分)", "未落实经费的。(扣3分)", "2、目标任务(10分)", "新增成片林;(4分)", "巩固绿色通道;(6分)", "3、机制创新(5分)", "落实管护责任;(2分)", "落实林木产权;(3分)"];
    expect(read(col(lines))[0]).toEqual([3, 5, "A2"]);
  });
});

/** 金坛's 二、考核内容 as published (rows as in the fixture, shifted up by its six lines above 二、). */
const jintan = [
  "二、考核内容:",
  "1.完成计划任务得25分。",
  "完成整村推进河塘计划任务(个数)得15分,每减少10%扣2分。完成河道清淤及清水工程河道、河塘计划任务(个数)得10分,每减少10%扣2分。",
  "2.按时完成计划任务得20分。",
  "4月20日前完成整村推进河塘计划任务得10分,每提前或推迟1天加扣1分;5月20日前完成清水工程清淤计划任务得10分,每提前或推迟1天加扣1分。",
  "3.按质完成计划任务得15分。",
  "河道、河塘清淤淤泥清除彻底,水面无漂浮物,岸边无垃圾得15分,一处垃圾扣1分,一处漂浮物扣1分。",
  "4.按时完成初验得15分。",
  "按时完成初验手续,资料齐全,上报及时得15分,未完成镇村级初验扣5分,资料不全扣5分,规定时间未上报验收资料扣5分。",
  "5.竣工决算规范、合理得15分。",
  "河道、河塘竣工决算,工程量合理得15分,瞒报多报一经查实每一处扣2分。",
  "6.长效管护职责明确得10分。",
  "河道、河塘有管护标志、责任人得10分;河塘5分,河道5分,有一处未设置标志扣1分。",
];
const jintanItems = [[2, 25, "A2"], [4, 20, "A4"], [6, 15, "A6"], [8, 15, "A8"], [10, 15, "A10"], [12, 10, "A12"]];

describe("an item's head sentence '…得N分。' over its rule, a flat list adding up to a round whole (paragraph-list HEAD_AWARD, ROUND_WHOLES)", () => {
  test("金坛: six items 25 + 20 + 15 + 15 + 15 + 10 = 100 at their head lines; nothing flagged", () => {
    const g = col(jintan);
    expect(family(g)).toBe("indicator-system");
    expect(read(g)).toEqual(jintanItems);
    expect(review(g).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("variant: no full stop after the points and 、 numbering ('1、完成计划任务得25分')", () => {
    const g = col(jintan.map((t) => t.replace(/^(\d)\.(.*)得(\d+)分。$/, "$1、$2得$3分")));
    expect(read(g)).toEqual(jintanItems);
  });

  test("variant: traditional characters ('3.按質完成計劃任務得15分。')", () => {
    const g = col(jintan.map((t) => t.replace("按质完成计划任务", "按質完成計劃任務")));
    expect(read(g)).toEqual(jintanItems);
  });

  test("variant: a group stating its points over the items ('二、考核内容(100分)') — a block, checked; 95 against it is flagged at A1", () => {
    const lines = jintan.map((t) => (t === "二、考核内容:" ? "二、考核内容(100分)" : t));
    expect(read(col(lines))).toEqual(jintanItems);
    const slip = lines.map((t) => (t === "6.长效管护职责明确得10分。" ? "6.长效管护职责明确得5分。" : t));
    expect(flagged(col(slip), "weight-sum-mismatch")).toEqual(["A1"]);
  });

  test("counter-shape: with the lines around it as published (一、考核对象, 7.附加分), the list is read only because it adds up to 100 — 95 is no rubric", () => {
    const around = ["一、考核对象:", "各水利站站长及支部书记。", ...jintan, "7.附加分。", "提供省级、市级验收现场并通过验收分别加10分、8分。"];
    expect(read(col(around)).filter((x) => x[1] !== null).map((x) => x[1])).toEqual([25, 20, 15, 15, 15, 10]);
    const g = col(around.map((t) => (t === "6.长效管护职责明确得10分。" ? "6.长效管护职责明确得5分。" : t)));
    expect(read(g)).toEqual([]);
  });

  test("counter-shape: head sentences with no paragraph under them (numbered tiers of a rule) state no item's points", () => {
    const lines = ["二、考核内容:", "1.完成计划任务得25分。", "2.按时完成计划任务得20分。", "3.按质完成计划任务得15分。", "4.按时完成初验得15分。", "5.竣工决算规范得15分。", "6.长效管护职责明确得10分。"];
    expect(read(col(lines)).filter((x) => x[1] !== null)).toEqual([]);
  });

  test("counter-shape: conditions, not tasks — '(1)全部完成的得5分。', '(2)达到90%以上得3分。' over paragraphs keep no points", () => {
    const lines = ["一、考核内容:", "(1)全部完成的得5分。", "以验收资料为准。", "(2)达到90%以上得3分。", "以验收资料为准。", "(3)未完成任务得0分。", "以验收资料为准。", "(4)提前完成任务得8分。", "以验收资料为准。"];
    const pointed = read(col(lines)).filter((x) => x[1] !== null);
    expect(pointed.map((x) => x[0])).not.toContain(2);
    expect(pointed.map((x) => x[0])).not.toContain(4);
    expect(pointed.map((x) => x[0])).not.toContain(6);
  });
});
