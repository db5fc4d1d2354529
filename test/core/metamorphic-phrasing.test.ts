import { readdirSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { compact } from "../../src/core/text/normalize";
import { groupWeightInLabel, itemWeightInLabel, weightInLabel } from "../../src/core/text/labels";
import { review } from "../../src/core/review";
import type { ReviewResult } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";
import { signature } from "./metamorphic";
import { Family, Phrasing, PHRASINGS, rephrased } from "./metamorphic-phrasing";

/**
 * Rubric texts phrased another way (session 43, phrasing43). The real sheets whose review reads points or awards from
 * texts — an indicator's weight from its label, a rollup of an item's or a block's label points, a rubric's awards
 * checked against the weight (rubric-points-mismatch) — have the wording of their points, awards, deductions and caps
 * rewritten with an equivalent phrasing a publisher uses (metamorphic-phrasing.ts: '(5分)' → '【5分】' / '(分值5分)' …,
 * '得5分' → '计5分' / '记5分' …, '扣1分' → '减1分' / '扣除1分' …, '最高3分' → '最多3分' / '封顶3分' …, '扣完为止' →
 * '扣满为止' …), every text of the sheet at once. The review must keep the family, the indicators (weight, score), the
 * relations, the error findings and the rubric-points-mismatch findings (any severity: the rubric's reading).
 *
 * Run time: each selected sheet is reviewed once unchanged and once per family of wordings it states, with one phrasing
 * of that family, rotated over the sheets (so that a family's phrasings together cover its sheets); a KNOWN phrasing is
 * tried on the sheets it is known to break (with no list, sheet by sheet till one breaks). PERFSHEET_FULL_SWEEP=1 tries every phrasing on every sheet (2,471 pairs)
 * and prints the broken pairs.
 */

/**
 * Phrasings the engine does not survive yet (`<family>|<wording>`), with the cause. Each must still break on some sheet:
 * fixing one turns its test red until the entry is removed. Measured with phrasing43's changes over every real sheet
 * stating the source wording (whether or not its review reads texts): broken sheets / sheets stating it.
 */
const KNOWN_GAPS: Record<string, string> = {
  // (closed in phrasing43 by one normalisation of the points' and deductions' wordings, text/normalize.ts
  // roundPointsBrackets, and 扣除/减/记 in table-header.ts SCORING_RULE_TEXT — measured before → after: '[N分]' 131 → 0
  // of 161 sheets, '【N分】' 20 → 0, '(分值:N)' 132 → 0, '(N分值)' 132 → 0, '(分值N分)' 17 → 0, '(满分N分)' 20 → 0,
  // '(标准分N分)' 16 → 0 (the rubrics pasted as documents, half-width brackets: compact's fast path passed them by till 准 sent them
  // through roundPointsBrackets), '减N分' 14 → 0 of 117 (nx-helan's item text, its own rule, gated on 扣 in
  // rubric-points-mismatch.ts ownTextDeductedAward: 减 too), '扣除N分' 2 → 0)
  "points|N分":
    "67/161: '组织管理10分' — bare points after a name are read only on a group's label (labels.ts groupWeightInLabel BARE_POINTS), not on an item's or a clause's, where 'N分' closes many a requirement ('…达到90分'): an item's name with bare points is no sure weight",
  "points|(计N分)":
    "13/161: '(计5分)' — 计 is an award's verb to the rule readers ([得计记给]N分: the bracket reads as a rule's award, not as the item's points), and the paragraph lists read it as a line's rule (family unknown on sc-deyang, nm-balinzuoqi, cn-county-family-planning, cn-new-agri-business); left: '(计5分)' is also how a rule's bracket awards ('…(计5分)' after a condition)",
  "award|得分N":
    "16/83: '完成的得分5' — an award with its number after 得分 and no 分: every award reader wants [得计记给]N分 (rule-points.ts, labels.ts rubricAwards …), and compact's rewriting (roundPointsBrackets) does not take it on; 得分 followed by a number is also a score band's wording ('得分90以上为优')",
  "award|得N分":
    "2/24: '…较好的计3分' written '得3分' in a rubric pasted as a document (cn-yonghe 村级目标, hn-ningyuan 综治): there 计N分 closing a line is the item's points, 得N分 an award of its rule (paragraph-list.ts, grad43a's) — the paragraph list reads the one and not the other",
  "award|可得N分": "2/83: as 'award|得N分' (cn-yonghe, hn-ningyuan)",
  "award|给N分": "3/83: as 'award|得N分' (cn-yonghe, hn-ningyuan), and yn-shizong C6 (its rubric warning lost; not traced)",
  "award|计N分":
    "2/72: js-yancheng row 11 (the item's points 3 read as 2) and yn-shizong C6 (a rubric warning lost) — not traced; 计/记 N分 closing a clause is read as the clause's worth by some readers (labels.ts POINTS_AT_END, paragraph lists) and as an award by others",
  "award|记N分": "2/78: as 'award|计N分' (js-yancheng row 11, yn-shizong C6)",
  // (grad44b, session 44: 金坛 2008 struck off both lists — '1.完成计划任务计25分。' over its rule's paragraph is a head sentence
  // stating the item's worth, paragraph-list.ts HEAD_WORTH, as '…得25分。' is; 门前三包 under '(计N分)' and the 计生 scheme
  // (session 44's graduate) under '得分N' added: both break the same on f819b5a1, sampled now that grad44b's three sheets read
  // their texts and move the sample's draw)
  // (found at the merge into main, session 43, lead: with grad43b's capped awards (capped-awards.ts) and corpus53d's readings
  // merged, a full sweep breaks five more sheets under '得分N', 金坛 2008 (a new sheet, HEAD_AWARD '…得25分。') under
  // 给 / 计 / 记 N分, and 泰州 集中采购 under two cap wordings — not traced this session)
  "cap|上限N分": "1/5: js-taizhou 集中采购 — its findings differ from '最高N分' since the merge with grad43b's capped awards; not traced",
  "cap|封顶N分": "1/5: as 'cap|上限N分' (js-taizhou 集中采购); not traced",
  "points|(满分N分)":
    "20/161 (lead, at the merge into main, session 43): phrasing43 read '(满分N分)' as '(N分)' in compact(), but compact text is also what the title readers match, and a results list's title '…评分表(满分100分)' states the list's whole (unit-result-list, gaps41: 得分 = 满分 − 扣分) — the rewriting was taken back for 满分; an item's '(满分N分)' as its points needs a reader of its own",
  "exhaust|扣至0分为止":
    "1/41: '扣至0分为止' — its 0分 reads as a tier's award of 0 (rule-points.ts: a tier list), so cn-autumn-animal-epidemic's rules are no more read as deducting from their full points (three warnings lost)",
};

/**
 * The sheets each KNOWN phrasing breaks (measured with PERFSHEET_FULL_SWEEP=1): only these pairs are passed over by the
 * sample, and each must still break (a fix on one sheet turns its test red until it is struck off). A phrasing with no
 * list here is passed over on every sheet and must break on one at least.
 */
const KNOWN_SHEETS: Record<string, string[]> = {
  "cap|上限N分": ["js-taizhou-centralized-procurement-agency-assessment-scoring-2025-excerpt"],
  "cap|封顶N分": ["js-taizhou-centralized-procurement-agency-assessment-scoring-2025-excerpt"],
  "award|给N分": [
    "cn-yonghe-township-village-target-management-assessment-plan-excerpt",
    "hn-ningyuan-township-comprehensive-governance-stability-assessment-scoring-2005-excerpt",
    "js-jintan-village-pond-dredging-work-assessment-measures-2008-excerpt",
    "yn-shizong-agri-tech-extension-expert-assessment-scoring-excerpt",
    // (corpus54a, session 44: broken on f819b5a1 already, exposed when new sheets shifted which phrasing the sample takes — the cause above)
    "cn-township-village-population-family-planning-target-assessment-scheme-excerpt",
    // (corpus54a, session 44: its items' points read from their rules' '…记N分。' awards since corpus54a — the cause above)
    "cn-township-statistics-work-target-management-assessment-measures-excerpt",
  ],
  "points|(计N分)": [
    // (grad45a, session 45: a pasted rubric's bracket may name the item's worth with its word, '(计5分)' as '(基本分为30分)'
    // (paragraph-list.ts WORTH_WORD): the paragraph lists read '(计N分)' as '(N分)' since — 乡村人口计生, 计划生育 2008, 门前三包,
    // js-jingjiang, 村委会 计生, 村级目标 (繁), 永和, 汕头 殡葬, 澧县 禁毒, 巴林左旗, 德阳 森林防火 struck off; the five below still
    // break (三 tables, where 计 before the figure is still an award to the rule readers; 新型农业经营主体 and 盐城 气象, read by
    // other readers of their pages — not traced))
    // (dev45b, session 45: 达川 信访, read from its texts since dev45b, joins the sample; with grad45a's WORTH_WORD its '(计5分)'
    // reads as '(5分)', so it is not listed)
    "cn-new-agri-business-entity-cultivation-assessment-scoring-excerpt",
    "gd-shenzhen-community-disabled-persons-work-assessment-scoring-excerpt",
    "js-nanjing-zhongshanling-river-chief-assessment-rubric",
    "js-yancheng-county-meteorological-bureaus-work-targets-2005-excerpt",
    "zj-xiaoshan-demonstration-family-farm-review-scoring-2014",
  ],
  "exhaust|扣至0分为止": [
    "cn-autumn-animal-epidemic-prevention-assessment-scoring-2014-excerpt",
  ],
  "award|得N分": [
    "cn-yonghe-township-village-target-management-assessment-plan-excerpt",
    "hn-ningyuan-township-comprehensive-governance-stability-assessment-scoring-2005-excerpt",
    // (corpus54a, session 44: broken on f819b5a1 already, exposed when new sheets shifted which phrasing the sample takes — the cause above)
    "cn-township-village-population-family-planning-target-assessment-scheme-excerpt",
    // (corpus54a, session 44: its items' points read from their rules' '…记N分。' awards since corpus54a — the cause above)
    "cn-township-statistics-work-target-management-assessment-measures-excerpt",
  ],
  "award|得分N": [
    // (session 44: 气象局 预报司, read since grad44b — its awards reworded '得分N' are the known gap's shape)
    "cn-cma-provincial-bureaus-annual-target-forecast-dept-scoring-excerpt",
    "ah-guichi-double-support-qualified-unit-assessment-rules-2011-excerpt",
    "cn-autumn-animal-epidemic-prevention-assessment-scoring-2014-excerpt",
    "cn-city-livestock-leading-breeds-tech-extension-assessment-scoring",
    "cn-county-government-energy-saving-target-responsibility-scoring-excerpt",
    "cn-meilong-town-trade-union-work-assessment-rules-excerpt",
    "cn-quality-standardization-comprehensive-business-assessment-scoring-excerpt",
    // (corpus54a, session 44: its items' points are their rules' awards, '…记10分。…', read since corpus54a's splitAward and
    // exactGroup; '得分10' is no award to any reader — the cause above)
    "cn-township-statistics-work-target-management-assessment-measures-excerpt",
    "cn-town-petition-work-target-management-assessment-rules-2023-excerpt",
    "cn-township-village-population-family-planning-target-assessment-scheme-excerpt",
    "cn-yonghe-township-village-target-management-assessment-plan-excerpt",
    "hb-guangshui-discipline-commission-lan-maintenance-selfeval-2019-excerpt",
    "hb-guangshui-rural-road-selfeval",
    "hi-ledong-four-good-rural-roads-assessment-standard-excerpt",
    "hn-ningyuan-township-comprehensive-governance-stability-assessment-scoring-2005-excerpt",
    "js-jintan-village-pond-dredging-work-assessment-measures-2008-excerpt",
    "js-yancheng-county-meteorological-bureaus-work-targets-2005-excerpt",
    "nx-helan-purchased-animal-epidemic-service-acceptance-scoring-excerpt",
    "sx-primary-secondary-safe-campus-creation-evaluation-standard-excerpt",
    "yn-shizong-agri-tech-extension-expert-assessment-scoring-excerpt",
    "yn-wenshan-county-public-science-literacy-assessment-scoring",
    "zj-hangzhou-drug-control-demonstration-creation-assessment-scoring-2018-excerpt",
    "zj-ningbo-water-saving-city-technical-assessment-indicators-boxdrawn-excerpt",
    "zj-zhoushan-county-education-development-target-responsibility-key-items-2007-excerpt",
    // (corpus54a, session 44: broken on f819b5a1 already, exposed when new sheets shifted which phrasing the sample takes — the cause above)
    "cn-township-village-population-family-planning-target-assessment-scheme-excerpt",
  ],
  "award|可得N分": [
    "cn-yonghe-township-village-target-management-assessment-plan-excerpt",
    "hn-ningyuan-township-comprehensive-governance-stability-assessment-scoring-2005-excerpt",
    // (corpus54a, session 44: broken on f819b5a1 already, exposed when new sheets shifted which phrasing the sample takes — the cause above)
    "cn-township-village-population-family-planning-target-assessment-scheme-excerpt",
    // (corpus54a, session 44: its items' points read from their rules' '…记N分。' awards since corpus54a — the cause above)
    "cn-township-statistics-work-target-management-assessment-measures-excerpt",
  ],
  "award|记N分": [
    "js-yancheng-county-meteorological-bureaus-work-targets-2005-excerpt",
    "yn-shizong-agri-tech-extension-expert-assessment-scoring-excerpt",
  ],
  "award|计N分": [
    "js-yancheng-county-meteorological-bureaus-work-targets-2005-excerpt",
    "yn-shizong-agri-tech-extension-expert-assessment-scoring-excerpt",
  ],
};
const knownPair = (p: string, sheet: string) => KNOWN_GAPS[p] !== undefined && (!KNOWN_SHEETS[p] || KNOWN_SHEETS[p].includes(sheet));

const FAMILIES: Family[] = ["points", "award", "deduction", "cap", "exhaust"];
/** A fixed number from a sheet id (FNV-1a), for a draw that stays put when other sheets are added. */
const idDraw = (id: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
const FULL = !!process.env.PERFSHEET_FULL_SWEEP;

const ids = readdirSync(join(FIXTURES, "real"))
  .filter((f) => f.endsWith(".json") && !/\.(truth|expect)\.json$/.test(f))
  .map((f) => f.replace(/\.json$/, ""))
  .sort();

/** What must stay: family, indicators, relations, error findings, and the rubric's findings at any severity. */
const sig = (r: ReviewResult) => {
  const s = signature(r, undefined, true);
  const rubric = r.findings.filter((f) => f.rule === "rubric-points-mismatch" && f.severity !== "error").map((f) => `${f.severity} ${f.rule}@${f.cell}`).sort();
  return JSON.stringify({ ...s, rubric });
};

/** The unchanged review reads points or awards from the sheet's texts. */
function readsTexts(r: ReviewResult): boolean {
  const m = r.model;
  return (
    m.indicators.some((i) => i.weightSource === "label" || (i.rubric !== null && /\d\s*分/.test(i.rubric))) ||
    m.relations.some((x) => x.kind === "rollup" && (x.level === "item-label" || x.level === "block" || x.level === "group")) ||
    r.findings.some((f) => f.rule === "rubric-points-mismatch")
  );
}

interface Selected { id: string; grid: Grid; base: string; phrasings: Phrasing[] }
const selected: Selected[] = [];
for (const id of ids) {
  const grid = jsonGrid(join(FIXTURES, "real", `${id}.json`));
  // (the sheet's texts joined once: a phrasing applies where it rewrites them)
  const texts: string[] = [];
  for (let r = 1; r <= grid.rowCount; r++)
    for (let c = 1; c <= grid.colCount; c++) {
      const x = grid.cell(r, c);
      if (x && typeof x.v === "string" && x.v.indexOf("分") >= 0) texts.push(x.v);
    }
  const joined = texts.join("\u0001");
  const phrasings = PHRASINGS.filter((p) => p.rewrite(joined) !== joined);
  if (!phrasings.length) continue;
  const r = review(grid, "national");
  if (!readsTexts(r)) continue;
  selected.push({ id, grid, base: sig(r), phrasings });
}

const broke = (s: Selected, p: Phrasing): boolean => {
  const g = rephrased(s.grid, p);
  return g !== null && sig(review(g, "national")) !== s.base;
};

describe("rubric texts phrased another way: points, awards, deductions, caps", () => {
  test("the sheets read points from their texts, and every family of wordings is met", () => {
    // (counted when this test was written: 232 sheets state a wording, 208 of them read from their texts; of those, points
    // on 141, awards 80, deductions 110, caps 5, '扣完为止' 40)
    expect(selected.length).toBeGreaterThanOrEqual(200);
    for (const f of FAMILIES) expect(selected.filter((s) => s.phrasings.some((p) => p.family === f)).length).toBeGreaterThanOrEqual(f === "cap" ? 4 : 35);
  });

  test.each(FAMILIES)("%s: every other wording leaves family, indicators, relations and findings alone", (family) => {
    const broken: string[] = [];
    let pairs = 0;
    selected.forEach((s) => {
      const mine = s.phrasings.filter((p) => p.family === family && (FULL || !knownPair(p.id, s.id)));
      if (!mine.length) return;
      // (one wording per sheet, drawn by the sheet's id: adding sheets to the corpus does not move another sheet's draw)
      for (const p of FULL ? mine : [mine[idDraw(s.id) % mine.length]]) {
        pairs++;
        if (broke(s, p)) broken.push(`${p.id} ${s.id}`);
      }
    });
    if (FULL) console.log(`${family}: ${pairs} pairs\n${broken.join("\n")}`);
    expect(pairs).toBeGreaterThan(0);
    expect(FULL ? broken.filter((b) => !knownPair(b.split(" ")[0], b.split(" ")[1])) : broken).toEqual([]);
  });

  test.each(Object.keys(KNOWN_GAPS))("KNOWN %s still breaks (on each sheet listed, or on some sheet)", (key) => {
    const p = PHRASINGS.find((x) => x.id === key);
    expect(p).toBeDefined();
    const listed = KNOWN_SHEETS[key];
    if (!listed) {
      expect(selected.some((s) => s.phrasings.includes(p!) && broke(s, p!))).toBe(true);
      return;
    }
    const fixed = listed.filter((id) => {
      const s = selected.find((x) => x.id === id);
      return !s || !broke(s, p!);
    });
    expect(fixed).toEqual([]);
  });
});

/**
 * The wordings closed in phrasing43 (text/normalize.ts roundPointsBrackets: compact writes them in the canonical form the
 * readers read; table-header.ts SCORING_RULE_TEXT for a rules' column read from the raw text), with their near variants,
 * and the near shapes that must stay as they are.
 */
describe("points and deductions in another wording, read as the canonical one", () => {
  test.each([
    ["组织领导[20分]", "组织领导(20分)"],
    ["组织领导［20分］", "组织领导(20分)"],
    ["组织领导【20分】", "组织领导(20分)"],
    ["組織領導［20分］", "组织领导(20分)"],
    ["组织领导[20 分]", "组织领导(20分)"],
    ["组织领导[5-10分]", "组织领导(5-10分)"],
    ["组织领导（分值20分）", "组织领导(20分)"],
    ["组织领导(分值:20)", "组织领导(20分)"],
    ["组织领导(分值：20分)", "组织领导(20分)"],
    ["组织领导(标准分20分)", "组织领导(20分)"],
    ["组织领导(标准分为20分)", "组织领导(20分)"],
    // ("(满分20分)" stays: a title's "(满分100分)" states the list's whole, read by unit-results; see KNOWN 'points|(满分N分)')
    ["组织领导(满分20分)", "组织领导(满分20分)"],
    ["组织领导(20分值)", "组织领导(20分)"],
    ["每缺一项减1分", "每缺一项扣1分"],
    ["每缺一项减去0.5分", "每缺一项扣0.5分"],
    ["每缺一项扣除0.5分", "每缺一项扣0.5分"],
    ["每缺一项扣减0.5分", "每缺一项扣0.5分"],
  ])("%s reads as %s", (variant, canonical) => {
    expect(compact(variant)).toBe(canonical);
  });

  test.each([
    // (a heading in brackets, a year or a document's number, a rule in the bracket, a points' range, no number)
    ["【评分标准】", "【评分标准】"],
    ["[2020]3号", "[2020]3号"],
    ["组织领导(满分20分,每项2分)", "组织领导(满分20分,每项2分)"],
    ["组织领导(分值)", "组织领导(分值)"],
    ["[附件1]", "[附件1]"],
    // (减 with no number after it, a ranking's steps: no deduction)
    ["每减少1个百分点扣1分", "每减少1个百分点扣1分"],
    ["减免税费", "减免税费"],
    ["第一名得20分,按名次依次递减2分", "第一名得20分,按名次依次递减2分"],
    ["逐级递减1分", "逐级递减1分"],
  ])("%s stays %s", (text, same) => {
    expect(compact(text)).toBe(same);
  });

  test("a label's points in each wording: the same weight for an item's and a group's label", () => {
    for (const label of ["组织领导[20分]", "组织领导【20分】", "组织领导（分值20分）", "组织领导(分值:20)", "组织领导(标准分20分)", "组织领导(20分值)"]) {
      expect([label, weightInLabel(label), itemWeightInLabel(label), groupWeightInLabel(label)]).toEqual([label, 20, 20, 20]);
    }
    expect(weightInLabel("组织领导[2020]")).toBeNull();
  });

  /**
   * 考核内容 | 考核标准 | 扣分/加分情况 | 考核办法 | 自评分: two groups (6 and 4 points) over items of 2 points each, their
   * points and the rules' deductions in the wordings given. Read on the worktree's start only in round brackets and with
   * 扣: '[6分]' over '[2分]', '【2分】', '(分值2分)' read one item of 4.
   */
  const rows = (g1: string, g2: string, p: [string, string, string, string, string], cut: [string, string]) => [
    ["乡镇为民服务中心建设考评表", null, null, null, null],
    ["考核内容", "考核标准", "扣分/加分情况", "考核办法", "自评分"],
    [`场所设施${g1}`, `1.“为民服务中心”标识醒目,标志标牌易于识别。${p[0]}`, `标识不醒目,发现一次${cut[0]}1分。`, "看现场", null],
    [null, `2.科学划分咨询导服、窗口服务等功能区域。${p[1]}`, `未科学划分功能区域的,每发现一处${cut[1]}0.5分。`, "看现场", null],
    [null, `3.窗口配备办公电话、电脑等必要的办公设备。${p[2]}`, `每缺一项${cut[0]}0.2分。`, "看现场", null],
    [`服务管理${g2}`, `1.建立首问负责、一次性告知等制度。${p[3]}`, `制度不全的,每缺一项${cut[1]}0.5分。`, "查资料", null],
    [null, `2.服务事项清单公开。${p[4]}`, `未公开的${cut[0]}2分。`, "查资料", null],
  ];
  const read = (values: (string | null)[][]) => {
    const r = review(Grid.fromValues("Sheet1", values, ["A3:A5", "A6:A7"]), "national");
    return {
      weights: r.model.indicators.map((i) => [i.row, i.weight]),
      relations: r.model.relations.map((x) => x.id.replace(/:.*/, "")).length,
      errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`),
    };
  };
  const WEIGHTS = [[3, 2], [4, 2], [5, 2], [6, 2], [7, 2]];
  test.each([
    ["round brackets, 扣", "(6分)", "(4分)", ["(2分)", "(2分)", "(2分)", "(2分)", "(2分)"], ["扣", "扣"]],
    ["square and lenticular brackets, 减 and 扣除", "[6分]", "【4分】", ["[2分]", "【2分】", "(分值2分)", "［2分］", "(标准分:2)"], ["减", "扣除"]],
    ["points named, 扣减", "(分值6分)", "(满分4分)", ["(2分值)", "(标准分2分)", "(满分2分)", "（2分）", "【2分】"], ["扣减", "减去"]],
  ] as [string, string, string, [string, string, string, string, string], [string, string]][])("%s: five items of 2 under groups of 6 and 4", (_w, g1, g2, p, cut) => {
    expect(read(rows(g1, g2, p, cut))).toEqual({ weights: WEIGHTS, relations: 2, errors: [] });
    // (the first group's points a slip, 7 for 2 + 2 + 2: found at its label whatever the wording)
    expect(read(rows(g1.replace("6", "7"), g2, p, cut))).toEqual({ weights: WEIGHTS, relations: 2, errors: ["weight-sum-mismatch@A3"] });
  });
});

/**
 * 贺兰 (nx-helan): no rubric column, the item's own text its rule, '适时全部开展得2分,按期完不成的每延迟一天扣0.2分' on a
 * line of 5 points: the one award, 2, is short of the weight (a warning at B3). Its deduction in the other verbs reads the
 * same (rubric-points-mismatch.ts ownTextDeductedAward took only a text holding 扣 before phrasing43).
 */
test.each(["扣", "减", "减去", "扣除", "扣减"])("nx-helan's own-text rule deducting with %s: the same warning at B3", (verb) => {
  const g = jsonGrid(join(FIXTURES, "real", "nx-helan-purchased-animal-epidemic-service-acceptance-scoring-excerpt.json"));
  const p: Phrasing = { id: `deduction|${verb}`, family: "deduction", rewrite: (t) => t.replace(/扣(\d+(?:\.\d+)?分)/g, `${verb}$1`) };
  const r = review(rephrased(g, p) ?? g, "national");
  expect(r.findings.filter((f) => f.rule === "rubric-points-mismatch" && f.cell === "B3").map((f) => [f.severity, f.messageId, f.data?.award, f.data?.weight])).toEqual([["warning", "ownDeductedAward", 2, 5]]);
});
