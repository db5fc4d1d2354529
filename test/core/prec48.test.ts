import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { withoutCopyMarks } from "../../src/core/text/copy-marks";

/**
 * prec48 (session 48; prec48-diagnosis.md): the prose readers under copy damage — page numbers, footnote marks, repeated
 * sentences, a list running into the next sentence, a cut page. The generator over every real prose sheet is
 * test/core/prec48-damage.ts (measured by scripts/prec48-measure.ts); here the readings with their near variants.
 */
const gridOf = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((l) => [l]), []);
const flags = (lines: string[]) =>
  review(gridOf(lines), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);

describe("a copy's marks taken out (text/copy-marks.ts)", () => {
  test.each([
    ["收入100万元, - 3 - 支出90万元", "收入100万元,  支出90万元"],
    ["收入100万元,—12— 支出90万元", "收入100万元, 支出90万元"],
    ["收入100万元,第 3 页 共 12 页支出90万元", "收入100万元,支出90万元"],
    ["收入100万元,第3页支出90万元", "收入100万元,支出90万元"],
    ["其他资金859.6万元①,其中", "其他资金859.6万元,其中"],
    ["执行率98.5%[2],完成", "执行率98.5%,完成"],
    ["资金已全部到位。[1]项目已完工。", "资金已全部到位。项目已完工。"],
  ])("%s", (a, b) => expect(withoutCopyMarks(a)).toBe(b));
  test("a sentence said twice read once; a short one, an enumeration after a stop, a range and a date kept", () => {
    expect(withoutCopyMarks("项目年预算批复金额为900万元。项目年预算批复金额为900万元。其中结余5万元。")).toBe("项目年预算批复金额为900万元。其中结余5万元。");
    expect(withoutCopyMarks("已完成。已完成。已完成。项目共三个阶段。")).toBe("已完成。已完成。已完成。项目共三个阶段。");
    expect(withoutCopyMarks("主要内容如下。①修路;②建桥。")).toBe("主要内容如下。①修路;②建桥。");
    expect(withoutCopyMarks("1-5月完成投资4.28亿元,增长3-5个百分点")).toBe("1-5月完成投资4.28亿元,增长3-5个百分点");
  });
});

describe("readers under copy damage", () => {
  const rate = "(二)项目自评综述:项目年预算批复金额为900万元,实际执行资金总额977万元,资金执行率为100%,其中,77万元为社会募集款专项资金。";
  test("a rate's sentence repeated (a web page's lead copied twice): no second reading of it", () => {
    const clean = flags(["某项目绩效自评报告", "一、基本情况", rate]);
    expect(flags(["某项目绩效自评报告", "一、基本情况", rate + rate])).toEqual(clean);
  });
  const alloc = (a: number, glue: string) =>
    `下达某县2023年资金791万元。其中:中小河流治理工程${a}万元,小流域综合治理300万元${glue}下达某县2023年山洪灾害防治设施维养6万元。`;
  test.each([
    ["****财政局呼财农指【2023】41号文件《关于下达2023年自治区水利发展资金预算的通知》,"],
    ["县财政局〔2023〕12号,"],
    ["根据市财政局文件,"],
  ])("an allocation's list running into the next sentence citing a document (%s): the list ends at the citation", (glue) => {
    expect(flags(["某县水利发展资金绩效自评报告", alloc(491, glue)]).filter((x) => x.startsWith("total-mismatch"))).toEqual([]);
    // (the slip inside the list before it still flagged: 591 + 300 > 791)
    expect(flags(["某县水利发展资金绩效自评报告", alloc(591, glue)]).filter((x) => x.startsWith("total-mismatch"))).toEqual(["total-mismatch@A2"]);
  });
  const relief = (mark: string, first: number) =>
    `1.2023年中央财政下达我市困难群众救助补助资金35331.2万元${mark},其中,磴口县${first}万元;杭锦后旗4035.12万元;临河区6684.17万元;五原县5134.25万元;乌拉特前旗8056.43万元;乌拉特中旗2995.07万元;乌拉特后旗2803万元;儿童福利院50万元;社会福利院58万元;精神病康复福利院350万元;救助站86万。`;
  test.each([["①"], ["[1]"], [""]])("an allocation with a footnote mark after its whole (%s): its slip flagged, the right list not", (mark) => {
    const title = "某市困难群众救助补助资金绩效自评报告";
    expect(flags([title, relief(mark, 5079.16)]).filter((x) => x.startsWith("total-mismatch"))).toEqual([]);
    expect(flags([title, relief(mark, 6079.16)]).filter((x) => x.startsWith("total-mismatch"))).toEqual(["total-mismatch@A2"]);
  });
  const listed = (tail: string) => `部门项目共8个,分别为:市城管委工作经费、小城镇管理经费、西中心办公用房租赁及运行费、临聘企业军转干部经费、生活垃圾分类展示馆运行维${tail}`;
  test("a counted list cut at the text's end (no stop) is no sum; the same list closed by its stop still is", () => {
    expect(flags(["某市城管项目监控报告", "一、项目概况", listed("")]).filter((x) => x.startsWith("total-mismatch"))).toEqual([]);
    expect(flags(["某市城管项目监控报告", "一、项目概况", listed("护费。")]).filter((x) => x.startsWith("total-mismatch"))).toEqual(["total-mismatch@A3"]);
    // (closed by its joiner before the last name, '…及餐厨垃圾处理展示馆运行费', with no stop: whole, its slip flagged)
    expect(flags(["某市城管项目监控报告", "一、项目概况", listed("护费及餐厨垃圾处理展示馆运行费")]).filter((x) => x.startsWith("total-mismatch"))).toEqual(["total-mismatch@A3"]);
  });
  const shares = (mark: string) =>
    `11月份,热线共受理群众各类诉求1000件。其中,咨询类诉求500件,占50%;求助类诉求300件,占30%;投诉类诉求100件,${mark}占10%;建议类诉求100件,占10%。`;
  test.each([[" - 3 - "], ["第 3 页 "], [""]])("a list of shares with a page mark inside (%s) reads as the clean one", (mark) => {
    expect(flags(["热线月报", shares(mark)]).filter((x) => /ratio|total/.test(x))).toEqual([]);
  });
});
