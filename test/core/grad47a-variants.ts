import { ranksOf, sources, type Line, type Source } from "./grad46c-variants";

/**
 * grad47a (session 47): result lists generated from the corpus, in the shapes session 46's held-out sheets showed. Every
 * real truth of family evaluation-summary that is a list of units with their scores (grad46c-variants.ts `sources`: its
 * names and scores as printed) is printed again — sorted by score, the highest first — as:
 * - a ranking by place only (名次 | 县(市)区, no score) under prose naming a ranking; 繁體; the unit first with dense places;
 * - one list printed two units a line (单位 | 得分 | 排名 twice), the places going on from the left block to the right; 繁體
 *   with a count column (單位 | 總工單數 | 得分 | 排名);
 * - parts and a total under a portal's page head (索引号 | … / 发布机构 | …) and prose, heads keeping a PDF's line breaks as
 *   spaces ('甲项 得分'), two constant columns beside the parts (扣分项 10.00, 抽检得分 10.00) not in the total; the same with
 *   a constant part that is in it (接口得分 5.00), in 繁體;
 * and each class shape with one slip injected (a place skipped, two places exchanged, a part changed by 0.05) whose cell
 * the engine must flag. Every other variant is consistent: any error or warning on it is a false flag.
 * Near shapes made from the same lines must read no result list and flag nothing: a budget table, a statistics table
 * (案件数 | 占比 | 环比), a rubric (指标 | 分值 | 得分), a staff list (姓名 | 名次), a numbered list with no rank head.
 */
export interface Variant {
  source: string;
  shape: string;
  rows: string[][];
  /** the header line (1-based) a reader must take; null for a near shape */
  header: number | null;
  /** the cell a slip was injected at (the finding expected there), where one was */
  slip?: string;
}

const TRAD: Record<string, string> = { 县: "縣", 区: "區", 单: "單", 位: "位", 总: "總", 数: "數", 据: "據", 项: "項", 质: "質", 量: "量", 评: "評", 考: "考", 排: "排", 检: "檢", 抽: "抽", 况: "況", 报: "報", 绩: "績", 效: "效", 门: "門", 发: "發", 构: "構", 综: "綜", 镇: "鎮", 乡: "鄉", 学: "學", 校: "校", 园: "園", 图: "圖", 书: "書", 馆: "館", 东: "東", 兴: "興", 阳: "陽", 开: "開", 云: "雲", 台: "臺" };
const trad = (s: string) => [...s].map((ch) => TRAD[ch] ?? ch).join("");
const col = (k: number) => String.fromCharCode(65 + k);
const f2 = (x: number) => x.toFixed(2);

/** the lines sorted by score, the highest first, at most 12 */
function sorted(s: Source): Line[] {
  return [...s.lines].sort((a, b) => b.score - a.score).slice(0, 12);
}
/** dense places (1, 2, 2, 3) */
const denseOf = (xs: number[]) => xs.map((x) => 1 + [...new Set(xs.filter((y) => y > x + 1e-9))].length);

const PROSE = ["六、工作考评情况", "(一)各单位考评情况", "根据考评办法,对各单位工作进行了考评排名,具体如下:"];
const PAGE_HEAD = [["索引号:", "000000000/2020-00001", "信息分类:", "通报"], ["发布机构:", "某市政府公共服务中心", "发文日期:", "2020-10-20"], ["某市2020年9月份绩效考评情况通报"], ["现将9月份绩效考评有关情况通报如下:"]];

function placeOnly(s: Source, shape: string, heads: [string, string], unitFirst: boolean, prose: string[], dense: boolean, tr: boolean, slip: boolean): Variant | null {
  const lines = sorted(s);
  if (lines.length < 6) return null;
  const places = (dense ? denseOf : ranksOf)(lines.map((l) => l.score));
  let slipCell: string | undefined;
  if (slip) {
    // (a place skipped with no tie before it: the first line from the third whose place is its count and the next differs)
    const k = places.findIndex((p, i) => i >= 2 && i < places.length - 1 && p === places[i - 1] + 1 && places[i + 1] !== p && p === i + 1);
    if (k < 0) return null;
    places[k] += 1;
    slipCell = `${col(unitFirst ? 1 : 0)}${prose.length + 2 + k}`;
  }
  const t = tr ? trad : (x: string) => x;
  const rows = [...prose.map((p) => [t(p), ""]), unitFirst ? [t(heads[1]), t(heads[0])] : [t(heads[0]), t(heads[1])]];
  lines.forEach((l, k) => rows.push(unitFirst ? [t(l.name), String(places[k])] : [String(places[k]), t(l.name)]));
  rows.push(["说明:排名依据考评办法。", ""]);
  return { source: s.id, shape, rows, header: prose.length + 1, ...(slipCell ? { slip: slipCell } : {}) };
}

function wrapped(s: Source, shape: string, block: string[], tr: boolean, slip: boolean): Variant | null {
  const lines = sorted(s);
  if (lines.length < 4) return null;
  const places = ranksOf(lines.map((l) => l.score));
  const half = Math.ceil(lines.length / 2);
  const t = tr ? trad : (x: string) => x;
  const title = [t("2022年8月份绩效考评情况通报")], para = [t("一、考评得分情况:各单位考评得分及排名如下。")];
  const rows: string[][] = [title, para, [...block, ...block].map(t)];
  const cellsOf = (k: number) => block.map((h) => (/单位/.test(h) ? t(lines[k].name) : /得分/.test(h) ? lines[k].score.toFixed(2) : /排名/.test(h) ? String(places[k]) : String(1000 + 37 * k)));
  for (let i = 0; i < half; i++) rows.push([...cellsOf(i), ...(i + half < lines.length ? cellsOf(i + half) : block.map(() => ""))]);
  rows.push([t("二、其他情况说明。")]);
  let slipCell: string | undefined;
  if (slip) {
    // (two places exchanged: the first and the third unit of the left block, distinct places)
    const rc = block.findIndex((h) => /排名/.test(h));
    if (half < 3 || places[0] === places[2]) return null;
    rows[3][rc] = String(places[2]);
    rows[5][rc] = String(places[0]);
    slipCell = `${col(rc)}4`;
  }
  return { source: s.id, shape, rows, header: 3, ...(slipCell ? { slip: slipCell } : {}) };
}

/**
 * Parts and a total: the score split in two varying parts (60% and the rest, to 0.01), beside constant columns — those named
 * in `outside` are not in the total, `inside` (5.00) is — the total the score (plus `inside`).
 */
function partsTotal(s: Source, shape: string, tr: boolean, inside: boolean, slip: boolean): Variant | null {
  const lines = sorted(s);
  if (lines.length < 3 || lines.some((l) => l.score > 200)) return null;
  const t = tr ? trad : (x: string) => x;
  const heads = ["县区", "工单总数", "数据完 整得分", "内容完 整得分", "扣分项", "工单抽检得分", ...(inside ? ["接口稳定 性得分"] : []), "数据质量总分"];
  const rows: string[][] = [...PAGE_HEAD.map((r) => r.map(t)), [t("各县区数据质量得分情况")], heads.map(t)];
  const top = rows.length;
  lines.forEach((l, k) => {
    const a = Math.round(l.score * 60) / 100;
    const b = Math.round((l.score - a) * 100) / 100;
    const total = l.score + (inside ? 5 : 0);
    rows.push([t(l.name), String(5000 + 113 * k), f2(a), f2(b), "10.00", "10.00", ...(inside ? ["5.00"] : []), f2(total)]);
  });
  // (the parts must vary from line to line: two lines of one score make the split constant, still a varying column)
  rows.push([t("二、问题分类情况")]);
  let slipCell: string | undefined;
  if (slip) {
    const k = Math.min(1, lines.length - 1);
    rows[top + k][2] = f2(Number(rows[top + k][2]) + 0.05);
    slipCell = `${col(heads.length - 1)}${top + k + 1}`;
  }
  return { source: s.id, shape, rows, header: top, ...(slipCell ? { slip: slipCell } : {}) };
}

/** Near shapes from the same lines: nothing may be read as a result list, nothing flagged. */
function nears(s: Source): Variant[] {
  const lines = sorted(s);
  const out: Variant[] = [];
  const v = (shape: string, rows: string[][]) => out.push({ source: s.id, shape, rows, header: null });
  v("budget table 项目 | 金额(万元) | 其中:中央 | 省级", [["2023年项目资金分配表"], ["项目", "金额(万元)", "其中:中央", "省级"], ...lines.map((l) => [l.name + "项目", f2(l.score * 3), f2(l.score * 2), f2(l.score)])]);
  v("statistics 单位 | 案件数 | 占比 | 环比", [["各单位受理案件情况统计"], ["单位", "案件数", "占比", "环比"], ...lines.map((l, k) => [l.name, String(100 + k), `${(10 - k * 0.5).toFixed(2)}%`, `${(k - 2).toFixed(1)}%`])]);
  v("rubric 指标 | 分值 | 得分", [["考核评分表"], ["指标", "分值", "得分"], ...lines.map((l, k) => [`指标${k + 1}`, "10", String(Math.min(10, Math.round(l.score / 10)))])]);
  v("staff list 姓名 | 名次", [["2023年度技能竞赛考核名次"], ["姓名", "名次"], ...lines.map((_, k) => [["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"][k % 12] + ["建国", "小红", "伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇"][k % 12], String(k + 1)])]);
  v("numbered list 序号 | 单位, no rank head", [["考核单位名单"], ["序号", "单位"], ...lines.map((l, k) => [String(k + 1), l.name])]);
  v("wrapped statistics 单位 | 件数 | 占比 twice", [["各单位受理情况统计"], ["单位", "件数", "占比", "单位", "件数", "占比"], ...lines.slice(0, 3).map((l, k) => [l.name, String(100 + k), "10.00%", lines[k + 3]?.name ?? "", lines[k + 3] ? "90" : "", lines[k + 3] ? "9.00%" : ""])]);
  v("parts with a varying 扣分 subtracted", [["考核得分情况"], ["单位", "甲项得分", "乙项得分", "扣分", "总分"], ...lines.map((l, k) => { const a = Math.round(l.score * 60) / 100; const d = (k % 3) * 0.5; return [l.name, f2(a), f2(Math.round((l.score - a) * 100) / 100), f2(d), f2(l.score - d)]; })]);
  return out;
}

export function variants(): { cls: Variant[]; near: Variant[] } {
  const cls: Variant[] = [];
  const near: Variant[] = [];
  for (const s of sources()) {
    const push = (x: Variant | null) => x && cls.push(x);
    for (const slip of [false, true]) {
      push(placeOnly(s, `place only 名次 | 县(市)区 under prose${slip ? ", a place skipped" : ""}`, ["名次", "县(市)区"], false, PROSE, false, false, slip));
      push(placeOnly(s, `place only 繁體 名次 | 單位名稱${slip ? ", a place skipped" : ""}`, ["名次", "单位名称"], false, PROSE, false, true, slip));
      push(placeOnly(s, `place only 单位 | 排名 dense under a title${slip ? ", a place skipped" : ""}`, ["排名", "单位"], true, ["2023年度目标考核排名"], true, false, slip));
      push(wrapped(s, `wrapped 单位 | 得分 | 排名 twice${slip ? ", two places exchanged" : ""}`, ["单位", "得分", "排名"], false, slip));
      push(wrapped(s, `wrapped 繁體 單位 | 總工單數 | 得分 | 排名 twice${slip ? ", two places exchanged" : ""}`, ["单位", "总工单数", "得分", "排名"], true, slip));
      push(partsTotal(s, `parts + subset total under a page head, spaced heads${slip ? ", a part changed" : ""}`, false, false, slip));
      push(partsTotal(s, `parts + subset total with a constant part in it, 繁體${slip ? ", a part changed" : ""}`, true, true, slip));
    }
    near.push(...nears(s));
  }
  return { cls, near };
}
