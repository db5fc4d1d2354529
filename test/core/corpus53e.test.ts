import { Grid } from "../../src/core/grid/grid";
import { unitResultList } from "../../src/core/recognise/unit-results";
import { review } from "../../src/core/review";

/**
 * A per-unit result list whose heads name the units by their kind, the year of its ranking, the total with its most points
 * and the parts of the total with theirs (corpus53e, session 43: 坦洲 农贸市场 2022-12 星级评比 — 名次 | 农贸市场名称 |
 * 经营地址 | 得分; 2014 地级市网站 排名表 — 2014年排名 | 單位名稱 | 總得分(100分) | 信息公開(30分) | … | 國際化(15分), a
 * traditional mirror with pinyin glosses). Near variants read as the same list; counter-shapes (items, not units; an
 * allocation of money; a head no list word names) are none.
 */
const LINES3 = (a: string, b: string, c: string) => [
  ["1", a, "甲路1号", "92.5"],
  ["2", b, "乙路2号", "91"],
  ["3", c, "丙路3号", "90.5"],
  ["4", "丁" + c, "丁路4号", "88"],
];

const list = (rows: (string | number)[][], merges: string[] = []) => unitResultList(Grid.fromValues("S", rows, merges));

describe("a results list's unit named by its kind, an address beside it", () => {
  test.each<[string, string[], string]>([
    ["名次 | 农贸市场名称 | 经营地址 | 得分 (坦洲)", ["名次", "农贸市场名称", "经营地址", "得分"], "某镇农贸市场12月星级评比综合测评情况表"],
    ["排名 | 景区名称 | 所在地 | 综合得分", ["排名", "景区名称", "所在地", "综合得分"], "全市A级旅游景区季度测评结果"],
    ["序号 | 菜市场 | 市场地址 | 考评得分", ["序号", "菜市场", "市场地址", "考评得分"], "城区菜市场长效管理考评情况通报"],
    ["traditional: 名次 | 農貿市場名稱 | 經營地址 | 得分", ["名次", "農貿市場名稱", "經營地址", "得分"], "農貿市場星級評比綜合測評情況表"],
    ["序号 | 酒店名称 | 地址 | 检查得分", ["序号", "酒店名称", "地址", "检查得分"], "宾馆酒店消防安全检查评比结果"],
  ])("%s: a list, header row 2, units in B, scores in D", (_n, head, title) => {
    const l = list([[title], head, ...LINES3("中心市场", "同庆市场", "兴农市场")], ["A1:D1"]);
    expect(l).not.toBeNull();
    expect(l!.headerRow).toBe(2);
    expect(l!.unitCol).toBe(2);
    expect(l!.scoreCol).toBe(4);
  });

  test("the 坦洲 shape reads as an evaluation summary, header row 2", () => {
    const r = review(Grid.fromValues("S", [["某镇农贸市场12月星级评比综合测评情况表"], ["名次", "农贸市场名称", "经营地址", "得分"], ...LINES3("中心市场", "同庆市场", "兴农市场")], ["A1:D1"]), "national");
    expect(r.model.family).toBe("evaluation-summary");
    expect(r.model.headerRow).toBe(2);
  });

  test.each<[string, string[], string]>([
    ["counter: items, not units — 项目名称 | 地址 | 得分 under a project's form", ["序号", "项目名称", "实施地点", "得分"], "项目支出绩效自评表"],
    ["counter: an allocation — 市场名称 | 地址 | 补助金额(万元), no score", ["序号", "市场名称", "经营地址", "补助金额(万元)"], "农贸市场改造提升补助资金分配表"],
    ["counter: a head no list word names — 市场名称 | 联系电话 | 得分", ["序号", "市场名称", "联系电话", "得分"], "农贸市场星级评比结果"],
  ])("%s: no list", (_n, head, title) => {
    expect(list([[title], head, ...LINES3("中心市场", "同庆市场", "兴农市场")], ["A1:D1"])).toBeNull();
  });
});

describe("a ranking's year, a total with its most points and parts with theirs", () => {
  const CITIES = [
    ["1", "无锡市", "86.2", "25.4", "19.5", "10", "17.3", "14"],
    ["2", "温州市", "80.2", "22.4", "21.5", "9", "15.6", "11.7"],
    ["3", "佛山市", "79.8", "21.1", "23.5", "9", "17.3", "8.9"],
    ["4", "中山市", "78.4", "19.3", "20", "8.5", "17.3", "13.3"],
  ];
  test.each<[string, string[]]>([
    ["2014年排名 | 单位名称 | 总得分(100分) | five parts (N分)", ["2014年排名", "单位名称", "总得分(100分)", "信息公开(30分)", "在线服务(25分)", "互动交流(10分)", "用户满意(20分)", "国际化(15分)"]],
    ["traditional with pinyin glosses (the mirror's 網(wǎng)站 form)", ["2014年排名", "單位名稱", "總得分(100分)", "信息公開(30分)", "在線服務(wù)(25分)", "互動交流(10分)", "用戶滿意(20分)", "國際化(15分)"]],
    ["2023年度排名 | 网站名称 | 得分(100分) | parts 得分(N)", ["2023年度排名", "网站名称", "得分(100分)", "信息发布得分(30)", "解读回应得分(25)", "办事服务得分(10)", "互动交流得分(20)", "管理保障得分(15)"]],
  ])("%s: a list, units in B, the total in C", (_n, head) => {
    const l = list([["2014年地级市网站建设总体情况排名表"], head, ...CITIES], ["A1:H1"]);
    expect(l).not.toBeNull();
    expect(l!.headerRow).toBe(2);
    expect(l!.unitCol).toBe(2);
    expect(l!.scoreCol).toBe(3);
  });

  test("parts before the total (名次 | 单位名称 | 信息公开(60分) | 在线服务(40分) | 总分(100分)): the total is the score", () => {
    const l = list([["门户网站绩效评估排名"], ["名次", "单位名称", "信息公开(60分)", "在线服务(40分)", "总分(100分)"], ["1", "甲县", "55", "35", "90"], ["2", "乙县", "50", "30", "80"], ["3", "丙县", "45", "25", "70"]], ["A1:E1"]);
    expect(l?.scoreCol).toBe(5);
  });

  test("the list's places are checked: 中山市 placed 2 with 78.4 below two higher scores", () => {
    const rows = CITIES.map((r) => [...r]);
    rows[3][0] = "2";
    const r = review(Grid.fromValues("S", [["2014年地级市网站建设总体情况排名表"], ["2014年排名", "单位名称", "总得分(100分)", "信息公开(30分)", "在线服务(25分)", "互动交流(10分)", "用户满意(20分)", "国际化(15分)"], ...rows], ["A1:H1"]), "national");
    expect(r.model.family).toBe("evaluation-summary");
    expect(r.findings.filter((f) => f.rule === "rank-mismatch").map((f) => f.cell)).toEqual(["A6"]);
  });

  test.each<[string, string[]]>([
    ["counter: an indicator table — 指标名称 | 分值(30分) | 得分", ["序号", "指标名称", "分值(30分)", "得分"]],
    ["counter: a year alone is no rank head — 2014年 | 单位名称 | 总得分(100分)", ["2014年", "单位名称", "总得分(100分)", "备注"]],
  ])("%s: no list", (_n, head) => {
    expect(list([["考核评分表"], head, ["1", "甲", "30", "28"], ["2", "乙", "30", "27"], ["3", "丙", "30", "26"]], ["A1:D1"])).toBeNull();
  });
});
