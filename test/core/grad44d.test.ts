import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";
import { labelCode } from "../../src/core/text/codes";

/**
 * grad44d (session 44): 12345 hotline notices and inspection rankings (grad44d-diagnosis.md).
 *  1. a numbered label whose name opens with a unit's character ("9、万丈湖办事处", "3、元谋县", "(二)亿元以上项目") is a
 *     numbered label, not an amount; and a number the reader skips that is printed on a line between is no misnumbering
 *     (the false code-sequence of 武穴 城乡垃圾 督查);
 * Each with its near variants and the near shapes that must not be read so.
 */

type Row = (string | number | null)[];
const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const codeOf = (s: string) => {
  const c = labelCode(s);
  return c ? `${c.style}:${c.n}` : null;
};

describe("a numbered name opening with a unit's character", () => {
  it.each<[string, string | null]>([
    ["9、万丈湖办事处", "ar-dun:9"],
    ["9、萬丈湖辦事處", "ar-dun:9"],
    ["3、元谋县", "ar-dun:3"],
    ["(二)亿元以上项目", "cn-paren:2"],
    ["四、万宁市", "cn-dun:4"],
    ["9.万丈湖办事处", "ar-dot:9"],
    ["5、万元工业增加值主要污染物排放强度", "ar-dun:5"],
    ["2、倍增计划", "ar-dun:2"],
    // (not: a unit alone after the mark, a rate's unit, an amount written with its decimals)
    ["1、万元", null],
    ["(20)分", null],
    ["3、元/人", null],
    ["1.5万元", null],
    ["(20)", null],
  ])("%s → %s", (text, code) => expect(codeOf(text)).toBe(code));
});

/**
 * 武穴 (the shape): a 通报's prose lines, one a row in column A — the 镇处 numbered 1、 … 12、, each followed by its two lines
 * (最洁净 / 最脏 村庄); the ninth, 万丈湖办事处, opens with 万.
 */
const PLACES = ["武穴办事处", "刊江办事处", "梅川镇", "大金镇", "石佛寺镇", "花桥镇", "余川镇", "龙坪镇", "万丈湖办事处", "田镇办事处", "大法寺镇", "四望镇"];
function placesList(code: (n: number) => string, places = PLACES, sub = true, title: string | null = "二、“清洁村庄”评选结果"): Grid {
  const rows: Row[] = title ? [[title], ["(二)镇处"]] : [];
  places.forEach((p, i) => {
    rows.push([`${code(i + 1)}${p}`]);
    if (sub) rows.push(["“最洁净村庄”:某某村"], ["“最脏村庄”:某某村"]);
  });
  return sheet(rows);
}
const CN = "一二三四五六七八九十";
const cn = (n: number) => (n <= 10 ? CN[n - 1] : n < 20 ? "十" + CN[n - 11] : "");

describe("a numbered list of places, one opening with 万 / 元 / 亿: no misnumbering", () => {
  it.each<[string, Grid]>([
    ["as printed (1、 … 12、, two lines under each)", placesList((n) => `${n}、`)],
    ["no title, no lines under each", placesList((n) => `${n}、`, PLACES, false, null)],
    ["1. 2. 3. …", placesList((n) => `${n}.`)],
    ["(一)(二) …", placesList((n) => `(${cn(n)})`)],
    ["traditional characters", placesList((n) => `${n}、`, PLACES.map((p) => p.replace("万丈湖办事处", "萬丈湖辦事處").replace("办事处", "辦事處")))],
    ["another place opening with 元 / 亿, a cut list", placesList((n) => `${n}、`, ["元谋县", "武定县", "禄丰市", "亿利园区", "大姚县", "元江县"].slice(0, 5))],
  ])("%s", (_, g) => {
    expect(flags(review(g).findings).filter((f) => f.startsWith("code-sequence"))).toEqual([]);
  });

  it("a number truly skipped is still flagged (8、 then 10、, no 9 printed)", () => {
    const places = PLACES.filter((p) => p !== "万丈湖办事处");
    const g = placesList((n) => `${n >= 9 ? n + 1 : n}、`, places);
    const f = review(g).findings.filter((x) => x.rule === "code-sequence");
    // 10、田镇办事处 on row 2 + 8 * 3 + 1 = 27
    expect(f.map((x) => [x.cell, x.data?.code, x.data?.expected])).toEqual([["A27", "10、", "9、"]]);
  });

  it("an amount written with its decimals between two labels is no printed number (8. … 9.5万元 … 10.)", () => {
    const g = sheet([["1.甲镇"], ["2.乙镇"], ["3.丙镇"], ["9.5万元"], ["5.丁镇"]]);
    expect(review(g).findings.filter((x) => x.rule === "code-sequence").map((x) => [x.cell, x.data?.expected])).toEqual([["A5", "4."]]);
  });

  it("the skipped number printed on a line the reader takes for no label (a numbered question with tick boxes): no misnumbering", () => {
    const g = sheet([["一、检查情况"], ["1、资料是否齐全"], ["2、是否建立台账"], ["3、是否按期上报 □是 □否"], ["4、是否公开公示"], ["5、是否整改到位"]]);
    expect(labelCode("3、是否按期上报 □是 □否")).toBeNull();
    expect(flags(review(g).findings)).toEqual([]);
  });
});
