import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";
import { detectRegion, placesIn } from "../../../src/core/rubric/region";
import { parseProfile } from "../../../src/core/rubric/load";
import { CORPUS, FIXTURES, corpusGrid, corpusIds, jsonGrid } from "../../helpers";

const region = (...texts: string[]) => detectRegion(texts.map((text, i) => ({ text, cell: `A${i + 1}` })))?.province ?? null;

describe("region from the sheet's own text", () => {
  test.each([
    ["a county name with its suffix in the unit name", ["实施单位：大英县农业农村局"], "四川省"],
    ["a province's short name in the title", ["四川省部门预算项目支出绩效自评表"], "四川省"],
    ["a city with its suffix", ["达州市商务局 2023 年项目支出绩效自评"], "四川省"],
    ["a prefecture (地区) of Xinjiang", ["塔城地区沙湾市财政局"], "新疆维吾尔自治区"],
    ["an autonomous prefecture, longest name first", ["恩施土家族苗族自治州财政局"], "湖北省"],
    ["a municipality's short name", ["重庆市西部科学城融媒体中心"], "重庆市"],
    ["河北区 is a district of Tianjin, not the province 河北", ["天津市河北区教育局"], "天津市"],
    ["朝阳区 alone exists in Beijing and Jilin: no region", ["朝阳区教育局"], null],
    ["朝阳区 with 北京 beside it", ["北京市朝阳区教育局"], "北京市"],
    ["普陀区 with 上海 beside it", ["上海市普陀区长征镇"], "上海市"],
    ["a two-character county name alone (新县 inside 创新县域) is no evidence", ["创新县域经济发展项目"], null],
    ["a two-character county name with its province", ["安徽省寿县财政局"], "安徽省"],
    ["no place at all", ["部门整体支出绩效自评表", "单位名称：财政局"], null],
    ["区域 and 市场 are words, not suffixes (江南区 is in Nanning)", ["江南区域文化推广项目", "农贸市场改造"], null],
    ["two provinces named equally: no region", ["四川省", "云南省"], null],
    ["a beneficiary region in an aid project counts half: the author's city wins", ["上海市对口支援新疆喀什地区项目", "上海市合作交流办"], "上海市"],
  ])("%s", (_n, texts, expected) => {
    expect(region(...(texts as string[]))).toBe(expected);
  });

  test("matching is longest first from the left: 东城区 is not read as 城区", () => {
    expect(placesIn("北京市东城区").map((h) => h.name)).toEqual(["北京市", "东城区"]);
  });
});

describe("auto profile on real sheets", () => {
  test("every corpus sheet is either assigned its published province or none, never another", async () => {
    const idx: { id: string; province: string }[] = JSON.parse(readFileSync(join(CORPUS, "index.json"), "utf8")).cases;
    const got: Record<string, string | null> = {};
    for (const id of corpusIds()) got[id] = review(await corpusGrid(id)).profileBasis.region?.short ?? null;
    for (const c of idx) expect([c.id, got[c.id] ?? c.province]).toEqual([c.id, c.province]);
    // 14 of 15 name their county or city above the table; 017 (a university's table) names none
    expect(Object.values(got).filter((x) => x !== null)).toHaveLength(14);
  });

  test("Sichuan sheets get the sichuan profile and say why (002 青神县)", async () => {
    const r = review(await corpusGrid("002"));
    expect(r.profile.id).toBe("sichuan");
    expect(r.profileBasis.origin).toBe("region");
    expect(r.profileNote.zh).toBe("按四川口径（据单位名称中的县名“青神县”自动识别）");
    expect(r.profileNote.en).toBe('Sichuan rules (detected from the county name "青神县" in the unit name)');
  });

  test("a region without a built-in profile keeps national rules, assumed (011 永德县, Yunnan)", async () => {
    const r = review(await corpusGrid("011"));
    expect(r.profile.id).toBe("national");
    expect(r.profileBasis.origin).toBe("default");
    expect(r.profileNote.zh).toContain("云南省");
  });

  test("an explicit profile overrides the region, and says it was chosen", async () => {
    const g = await corpusGrid("002");
    const r = review(g, "xinjiang");
    expect(r.profile.id).toBe("xinjiang");
    expect(r.profileBasis.origin).toBe("user");
    expect(r.profileNote.zh).toBe("按新疆口径（所选规则方案）");
    expect(review(g, "national", { profileOrigin: "workbook" }).profileNote.zh).toBe("按全国口径（工作簿中保存的规则方案）");
    // a custom profile is cited under its own name (its id when it has none), never its parent's
    const custom = parseProfile({ extends: "sichuan", id: "daying-2024" });
    expect(review(g, custom).profileNote).toEqual({ zh: "按规则方案「daying-2024」（所选规则方案）", en: 'The "daying-2024" profile (the chosen profile)' });
  });

  test("extra sheets: none is assigned a province other than its own", () => {
    const dir = join(FIXTURES, "extra");
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".json") && !x.endsWith(".expect.json"))) {
      const j = JSON.parse(readFileSync(join(dir, f), "utf8"));
      const got = review(jsonGrid(join(dir, f))).profileBasis.region?.short ?? null;
      if (got) expect([f, String(j.region ?? "").startsWith(got)]).toEqual([f, true]);
    }
  });

  test("a title naming 塔城地区沙湾市 selects the xinjiang profile (bands 90/80/70)", () => {
    const g = Grid.fromValues("S", [["塔城地区沙湾市2022年项目支出绩效自评表"], ["一级指标", "二级指标", "三级指标", "分值", "得分"]]);
    const r = review(g);
    expect(r.profileBasis.region?.province).toBe("新疆维吾尔自治区");
    expect(r.profile.id).toBe("xinjiang");
  });
});
