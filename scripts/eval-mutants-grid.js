"use strict";
/**
 * A mutant planner that reads the grid alone (no truth file): it finds every relation a reviewer could verify
 * by hand on a transcribed sheet ({ grid: string[][], merges: string[] }) and plans one injected inconsistency
 * per relation. Used by scripts/eval-corpus.js ("grid mutants").
 *
 * Relations found (each only where the numbers hold in the unmutated sheet):
 *  - rows      a row labelled 合计/总计/小计/总额/资金总额… whose value in a column equals the list above it
 *  - 其中      a total row whose value equals the rows right below it (其中 groups, fund parts)
 *  - columns   a cell under a column headed 合计/小计/资金总额… equal to the cells beside it in its row
 *  - pairs     "资金总额 | 100 | 其中:财政拨款 | 60 | 其他资金 | 40" in one row
 *  - 其中 pair  "计划安排资金 | 1208.75" over "其中:中央财政 | ", "省财政 | 1125" … down one label | amount column pair
 *  - 结余      a cell headed or labelled 结余 equal to 到位/预算/计划 − 支出 beside it (in its row or column)
 *  - ratio     a percentage headed or labelled …率 equal to B/A of two amounts beside it
 *  - grade     a stated grade (优/良/中/差, 优秀/良好/合格/不合格) beside or under a score, or "评价等级:良" text
 *  - rollup    a vertically merged weight or score (一级/二级) equal to the rows it spans in another column
 *  - leading 小计  newspaper-layout lists (单位 | 金额 repeated): a …小计 line over the lines under it
 *  - one-line 合计  a 合计 row equal to the single line between it and its column's name
 *  - merged subtotal  a number merged down rows under a 合计/小计 heading equal to the amount column beside it
 *  - leading 合计  a 合计 row right under its header equal to the …小计 group totals under it
 *  - 累计      a running total at least its month's figure (本月完成 | 累计完成) and the earlier month's 累计
 *  - 完成 note  a completion rate's state noted beside it (123.4 | 超额完成, 100 | 已完成): a mutant swaps the state
 *  - 全市      the whole area's line (or column) equal to its areas' lines (or columns): 全市 | 东坡区 | 彭山区 …
 *  - numbered heading  a line numbered 一、 / (一) / 1. … over lines unnumbered or numbered deeper, equal to their sum
 *  - account totals  a government account's total right under others of its kind (政府收入总额 under 非经常收入总额, with
 *              经营收入总额 further up), equal to their sum
 *  - item 其中  a line that is no total (3.公务用车费, “三公”经费) over its 其中 breakdown right under it (其中:公务用车运行
 *              维护费 then 公务用车购置; 其中:(一) then (二) (三), lines numbered deeper stepped over), equal to their sum
 *  - change    a cell under a change head (比上年增减, 增减金额, 比较) equal to the current period's amount less the earlier
 *              one's on its line (本年 / 本次 / the later year against 上年 / the earlier year); and the rate of change
 *              beside it (增、减幅度, 增长率: a percent = the change over the earlier amount) — "change rate"
 *  - code outline  a line coded by classification (澳门's 经济分类 05-00-00-00, or 05 | 01 | 03 | 01 in cells of their
 *              own) equal to the nearest lines under it that have an amount (05-01-03-01, 05-01-03-02; the heads between
 *              without one)
 *  - weighted  a line's total the sum of its parts times the shares their heads state (系统考核得分 | 现场考核得分 | 总分 over
 *              (占40%) | (占40%) …, 自评得分(×30%), 政务满意度指数(70%)), the shares adding up to 100%; or a weighted
 *              evaluation's lines (权重(%) | 评价分值 | 加权得分: 20% × 100 = 20). Where the parts are already weighted (each
 *              within its share of 100, the total their plain sum: 59.97 + 26 = 85.97) an "already weighted" sum. A mutant
 *              changes a part or a line's total; "weighted share" moves one part's share 10 points (every line then off)
 *  - rank      a rank column (排名, 名次) beside the total it ranks: each line's rank its place by total, the highest first,
 *              tied totals sharing their places; a mutant swaps the best line's rank with a line's further down
 * Mutations: a part changed, a total changed, a 结余 changed, a rate moved 7.5 points, a grade swapped, a share moved,
 * two ranks swapped.
 * A mutant is found when an error or warning of a relation rule appears at one of the relation's cells and is
 * not among the unmutated sheet's findings; new flags elsewhere are false alarms (see eval-corpus.js).
 */

const { Converter } = require("opencc-js/t2cn");

/** traditional -> simplified (mirrored sheets write 合計, 結餘, 執行率): labels are read simplified */
const toSimplified = Converter({ from: "hk", to: "cn" });

const TOTAL_LABEL = /^(合计|总计|小计|总额|资金总额|年度资金总额|项目资金总额|预算总额|合计数|总计数)$|(合计|总计|小计|总额|汇总)$/;
const MINUEND = /(到位|预算|计划|安排|收入|总额|可用)/;
const SPENT = /(支出|执行|使用)/;
const NUMERATOR = /(执行|支出|到位|实际|完成|使用)/;
const DENOMINATOR = /(预算|计划|安排|到位|批复|总额|可用|编制)/;
const RATE_LABEL = /率/;
/** a column of amounts: its heading names money or a money unit (补助资金(万元), 分配金额, 奖补资金) */
const AMOUNT_HEAD = /万元|\(元\)|资金|金额|补助|奖补|经费|投资|下达|分配|安排|拨付|数额/;
/** a fund part's label: a level of government or a source (中央财政, 省级, 区财政, 自筹, 其它) */
const FUND_PART = /^(中央|省|市|县|区|州|乡|镇|本级|上级|地方|财政|自筹|社会|银行|其[他它]|单位|上年|当年|一般公共|政府性基金)/;
/** the whole area named alone (全市 over 市本级 and the 区县, 全省, 全县) */
const AREA_WHOLE = /^全[省市州县区旗]$/;
/** a rate, a share or an average: no sum of the areas' */
const NOT_ADDITIVE = /率|比例|比重|占比|%|平均|人均|指数/;
const GRADE_WORDS = ["优秀", "良好", "合格", "不合格", "优", "良", "中", "差"];
const GRADE_LABEL = /(等级|等次|评级|结论|结果|档次)/;
const SCORE_LABEL = /(得分|总分|分值|评分|分数)/;
const GRADE_IN_TEXT = /(等级|等次|评级|评定|结论|结果)(为|是|:|：)?[“"「]?(优秀|良好|不合格|合格|优|良|中|差)(?=$|[,，。;；)）(（\s"”」、])/;
/** a change column's head (比上年增、减情况 over 增、减金额; 本年与上年比较; 增减额) */
const CHANGE_HEAD = /比上年|增减|增、减|增\(减\)|比较|差额|变动额|增加额/;
/** the two nearest texts over a cell (merges resolved; numbers and dashes stepped over), within 40 lines: a head and the head over it */
function headsAbove(v, r, c) {
  const out = [];
  for (let u = r - 1; u >= Math.max(1, r - 40) && out.length < 2; u--) {
    const t = v.shown(u, c);
    if (!t || parseNum(t) || /^[-—–]+$/.test(t)) continue;
    if (!out.includes(compact(t))) out.push(compact(t));
  }
  return out;
}
/** a rate of change's head (增、减幅度, 增减率, 增长率(%)) */
const CHANGE_RATE = /(增、?减|增长|增加|减少|变动|变化)(率|幅度)(\(%\))?$/;
/** a period's amount head: the current period (本年 / 本次 / 当年) above the earlier (上年 / 去年), a year by its number */
function periodOf(head) {
  const h = compact(head);
  if (!/(预算|决算|执行|支出|收入|金额|数)$/.test(h) || /增减|比较|率/.test(h)) return null;
  const y = /^((?:19|20)\d{2})年/.exec(h);
  if (y) return Number(y[1]);
  if (/^(本年|本次|当年|本期)/.test(h)) return 10000;
  if (/^(上年|去年|上一年|上期|上年度)/.test(h)) return 9999;
  return null;
}
/** How many relations of one kind a sheet contributes at most (a long list has many equal ones). */
const PER_KIND = 4;

function colLetter(c) {
  let s = "";
  for (; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
const a1 = (r, c) => colLetter(c) + r;
function parseA1(a) {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col: c };
}
const compact = (s) => toSimplified(String(s ?? "").replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":"));
/** a label without numbering, 其中, units and letter hints: "(一)资金总额(万元)" → "资金总额" */
const core = (s) =>
  compact(s)
    .replace(/^([一二三四五六七八九十]+[、.．]|[(][一二三四五六七八九十\d]+[)]|\d+[、.．]|[①②③④⑤⑥⑦⑧⑨⑩])/, "")
    .replace(/^其中[:：]?/, "")
    .replace(/\([^)]*\)/g, "")
    .replace(/[:：]$/, "");

/** A number as the sheet shows it: value and decimals (percent: value in points). */
function parseNum(text) {
  const t = String(text ?? "").trim();
  let m = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(t);
  if (m) {
    const digits = m[2].replace(/,/g, "");
    if (digits.length > 1 && digits[0] === "0") return null;
    return { value: Number(t.replace(/,/g, "")), decimals: m[3] ? m[3].length - 1 : 0, percent: false };
  }
  // an amount written with its unit: "150万元", "30万"
  m = /^(\d+)(\.\d+)?(万元|万|元)$/.exec(t);
  if (m && !(m[1].length > 1 && m[1][0] === "0")) return { value: Number(m[1] + (m[2] || "")), decimals: m[2] ? m[2].length - 1 : 0, percent: false, unit: m[3] };
  m = /^(-?\d+)(\.\d+)?%$/.exec(t);
  if (m) return { value: Number(m[1] + (m[2] || "")), decimals: m[2] ? m[2].length - 1 : 0, percent: true };
  return null;
}
const sameShown = (stated, computed, d) => Math.abs(Number(computed.toFixed(Math.max(0, d))) - stated) < 1e-9;

/** A write of v in the style of the original text (decimals, thousands separators, percent). */
function fmtLike(orig, v) {
  const t = String(orig).trim();
  const p = parseNum(t);
  const d = p ? p.decimals : 0;
  let s = Math.abs(v).toFixed(d);
  if (/,/.test(t)) s = s.replace(/^(\d+)/, (x) => x.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  return (v < 0 ? "-" : "") + s + (p && p.percent ? "%" : "") + (p && p.unit ? p.unit : "");
}
/** a change a reviewer sees at once and no rounding hides */
const bump = (v) => Math.max(1, Math.round(Math.abs(v) * 0.1));

class View {
  constructor(json) {
    this.g = json.grid || [];
    this.rows = this.g.length;
    this.cols = Math.max(0, ...this.g.map((r) => r.length));
    this.anchor = new Map(); // "r,c" of a covered cell -> anchor {row,col}
    this.span = new Map(); // "r,c" of an anchor -> {r2,c2}
    for (const m of json.merges || []) {
      const [x, y] = m.split(":");
      const p = parseA1(x);
      const q = parseA1(y || x);
      if (!p || !q) continue;
      this.span.set(`${p.row},${p.col}`, { r2: q.row, c2: q.col });
      for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) if (r !== p.row || c !== p.col) this.anchor.set(`${r},${c}`, p);
    }
  }
  covered(r, c) {
    return this.anchor.has(`${r},${c}`);
  }
  raw(r, c) {
    if (r < 1 || c < 1 || r > this.rows) return "";
    const v = (this.g[r - 1] || [])[c - 1];
    return v === null || v === undefined ? "" : String(v).trim();
  }
  /** the text a cell shows (covered cells: none) */
  text(r, c) {
    return this.covered(r, c) ? "" : this.raw(r, c);
  }
  /** the text over a cell, merges resolved (a header spanning columns heads each of them) */
  shown(r, c) {
    const a = this.anchor.get(`${r},${c}`);
    return a ? this.raw(a.row, a.col) : this.raw(r, c);
  }
  num(r, c) {
    return this.covered(r, c) ? null : parseNum(this.raw(r, c));
  }
  /** nearest non-empty non-numeric text left of (r,c) in its row */
  labelLeft(r, c) {
    for (let d = c - 1; d >= 1; d--) {
      const t = this.text(r, d);
      if (!t) continue;
      if (parseNum(t)) continue;
      return compact(t);
    }
    return "";
  }
  /** the first text of the row (its label) */
  rowLabel(r, before = this.cols + 1) {
    for (let d = 1; d < before; d++) {
      const t = this.shown(r, d);
      if (t && !parseNum(t) && !/^[\d.、()（）]+$/.test(t)) return compact(t);
    }
    return "";
  }
  /** nearest non-empty non-numeric text above (r,c) in its column (merges resolved), within 6 rows */
  header(r, c) {
    for (let u = r - 1; u >= Math.max(1, r - 6); u--) {
      const t = this.shown(u, c);
      if (!t) continue;
      if (parseNum(t) || GRADE_WORDS.includes(compact(t))) continue;
      return compact(t);
    }
    return "";
  }
  /** the heading of a column: the nearest text above that is not a number or a grade, within `rows` */
  heading(r, c, rows = 200) {
    for (let u = r - 1; u >= Math.max(1, r - rows); u--) {
      if (this.covered(u, c)) continue;
      const t = this.raw(u, c);
      if (!t || parseNum(t)) continue;
      return compact(t).replace(/\(.*?\)$/, "");
    }
    return "";
  }
}

/** the words that only say which period a head counts (本月, 累计, 1-10月): what is left is what it counts */
const RUN_WORDS = /\d{1,2}[-—~～至到](?=\d{1,2}月)|本月|当月|本期|上月|累计|截至|截止|\d{1,2}月(底|末)?|[-—~～至到]/g;
/**
 * Running totals: under a head 累计… the line's figure is at least the month's under 本月/当月… of the same thing, and
 * at least the earlier month's 累计 (1-10月累计完成 | 1-11月累计完成). Bounds: a mutant raises the part above the total.
 */
function findRunningTotals(v) {
  const rels = [];
  const coreOf = (t) => t.replace(/\(.*?\)$/, "").replace(RUN_WORDS, "").replace(/(数|额|金额)$/, "");
  const unitOf = (t) => (/\(([^()]*)\)$/.exec(t) || [])[1] || "";
  const monthOf = (t) => { const m = [...t.matchAll(/(\d{1,2})月/g)]; return m.length ? Number(m[m.length - 1][1]) : null; };
  for (let h = 1; h <= v.rows; h++) {
    const heads = [];
    for (let c = 1; c <= v.cols; c++) {
      const t = compact(v.text(h, c));
      if (!t || t.length > 20 || parseNum(t) || NOT_ADDITIVE.test(t) || /上年|去年|同期/.test(t)) continue;
      if (/累计/.test(t) || /^(本月|当月|本期)/.test(t)) heads.push({ c, run: /累计/.test(t), core: coreOf(t), unit: unitOf(t), month: monthOf(t) });
    }
    for (const q of heads) {
      if (!q.run) continue;
      const earlier = heads.filter((p) => p.run && p !== q && p.core === q.core && p.unit === q.unit && p.month !== null && q.month !== null && p.month < q.month).sort((a, b) => b.month - a.month)[0];
      // (the month's figure is in the latest 累计 only: 1-10月累计 does not hold November's 本月)
      const latest = !heads.some((x) => x.run && x !== q && x.core === q.core && x.unit === q.unit && x.month !== null && q.month !== null && x.month > q.month);
      const p = earlier || (latest ? heads.find((x) => !x.run && x.core === q.core && x.unit === q.unit) : null);
      if (!p) continue;
      for (let r = h + 1; r <= v.rows; r++) {
        const n = v.num(r, q.c);
        const m = v.num(r, p.c);
        if (!n || !m) {
          if (v.text(r, q.c) && !n) break;
          continue;
        }
        if (n.percent || m.percent || n.value <= 0 || m.value < 0 || m.value > n.value + 1e-9) continue;
        rels.push({ kind: "累计", total: { r, c: q.c, ...n }, parts: [{ r, c: p.c, ...m }], atMost: true });
      }
    }
  }
  return rels;
}

/** a note's state beside a completion rate, and the state a mutant swaps it to */
const NOTE_STATES = [
  [/^超额完成/, (p) => p > 100, "未完成"],
  [/^(已完成|全部完成|完成)$/, (p) => p >= 100, "未完成"],
  [/^(未完成|尚未完成)/, (p) => p < 100, "超额完成"],
];
/**
 * Completion notes: under a header with a completion rate (完成比例, 完成目标(%), 完成率) and a 备注/说明 column right of
 * it, a line whose note states its state (超额完成 above 100, 已完成 at 100, 未完成 below) in agreement with its rate.
 * A mutant swaps the state.
 */
function findCompletionNotes(v) {
  const rels = [];
  for (let h = 1; h <= v.rows; h++) {
    let rc = 0;
    let nc = 0;
    for (let c = 1; c <= v.cols; c++) {
      const t = compact(v.shown(h, c));
      if (!rc && /完成(比例|目标|率)/.test(t) && !v.covered(h, c)) rc = c;
      else if (rc && !nc && /^(备注|说明)$/.test(t)) nc = c;
    }
    if (!rc || !nc) continue;
    for (let r = h + 1; r <= v.rows; r++) {
      const n = v.num(r, rc);
      const note = compact(v.text(r, nc));
      if (!n || !note) continue;
      const points = n.percent ? n.value * 100 : n.value;
      const st = NOTE_STATES.find(([re]) => re.test(note));
      if (!st || !st[1](points)) continue;
      rels.push({ kind: "完成 note", total: { r, c: nc, value: 0, text: v.text(r, nc), swap: st[2] }, parts: [{ r, c: rc, ...n }] });
    }
  }
  return rels;
}

/** One relation: { kind, total/result/stated cell, parts[], edits choices }. */
function findRelations(v) {
  const rels = [...findRunningTotals(v), ...findCompletionNotes(v)];
  const itemOfWhich = [];
  const isTotal = (t) => !!t && TOTAL_LABEL.test(core(t));
  for (let r = 1; r <= v.rows; r++) {
    for (let c = 1; c <= v.cols; c++) {
      const n = v.num(r, c);
      if (!n || n.percent) continue;
      const left = v.labelLeft(r, c);
      const label = v.rowLabel(r, c);
      // --- pairs: "资金总额 | 100 | 其中:财政拨款 | 60 | 其他 | 40"
      if (isTotal(left) && left === v.labelLeft(r, c) && c > 1 && v.text(r, c - 1) && !parseNum(v.text(r, c - 1))) {
        const parts = [];
        for (let d = c + 1; d <= v.cols; d++) {
          const p = v.num(r, d);
          if (p && !p.percent && v.text(r, d - 1) && !parseNum(v.text(r, d - 1)) && !isTotal(v.text(r, d - 1))) parts.push({ r, c: d, ...p });
        }
        const hit = prefix(parts, n);
        if (hit) rels.push({ kind: "pairs", total: { r, c, ...n }, parts: hit });
      }
      // --- item 其中: a line that is no total (3.公务用车费, “三公”经费) over its 其中 breakdown right under it: the 其中 line
      // and the lines after it of the same kind (unnumbered, or numbered in the 其中 line's own style: 其中:(一) then (二)),
      // lines numbered deeper under them stepped over
      if (!isTotal(label) && label && r < v.rows && /^其中/.test(v.rowLabel(r + 1, c)) && v.num(r + 1, c) && !v.num(r + 1, c).percent) {
        const styleOf = (t) => { const m = /^(?:其中[:：]?)?(\([一二三四五六七八九十]+\)|\(\d+\)|[一二三四五六七八九十]+[、.．]|\d+[、.．])/.exec(compact(t)); return m ? m[1].replace(/[一二三四五六七八九十]+/, "一").replace(/\d+/, "1") : ""; };
        const own = styleOf(v.rowLabel(r + 1, c));
        const mine = styleOf(label);
        const parts = [];
        for (let u = r + 1; u <= Math.min(v.rows, r + 15); u++) {
          const t = v.rowLabel(u, c);
          const p = v.covered(u, c) ? null : parseNum(v.text(u, c));
          if (!t || isTotal(t) || (u > r + 1 && /^其中/.test(t))) break;
          const st = styleOf(t);
          // (a line numbered as the owner's own level ends the breakdown: 2.公务接待费 after 1.'s 其中 lines)
          if (u > r + 1 && mine && st === mine) break;
          if (st !== own) {
            // (deeper lines of a numbered 其中 level: 1. 2. under (二); else the breakdown ends)
            if (own && st) continue;
            break;
          }
          if (p && !p.percent) parts.push({ r: u, c, ...p });
          else if (v.text(u, c)) break;
        }
        // (planned after the other kinds: a cell another kind reads keeps that kind's mutant)
        if (parts.length >= 2 && sumHolds(parts, n)) itemOfWhich.push({ kind: "item 其中", total: { r, c, ...n }, parts });
      }
      // --- rows: a total row against the rows below it (其中) or the list above it
      if (isTotal(label) || isTotal(left)) {
        const below = [];
        for (let u = r + 1; u <= Math.min(v.rows, r + 15); u++) {
          if (v.covered(u, c)) continue;
          const t = v.text(u, c);
          if (!t) continue;
          const p = parseNum(t);
          if (!p || p.percent) break;
          if (isTotal(v.rowLabel(u, c))) break;
          below.push({ r: u, c, ...p });
        }
        let hitB = prefix(below, n);
        // the rows below closed by a total row of their own that they add up to (收入 合计 then 支出 lines and their 合计,
        // both 122641.5): they are that total's, this one closes the rows above it
        if (hitB) {
          const u = hitB[hitB.length - 1].r + 1;
          const closing = u <= v.rows && !v.covered(u, c) ? parseNum(v.text(u, c)) : null;
          if (closing && !closing.percent && (isTotal(v.rowLabel(u, c)) || isTotal(v.labelLeft(u, c))) && sumHolds(hitB, closing)) hitB = null;
        }
        const startsQizhong = (u) => /^其中/.test(compact(v.labelLeft(u, c))) || /^其中/.test(compact(v.rowLabel(u, c)));
        // numbered lines (1、局机关 | 2、二级机构1 …) under a leading total whose list runs to the sheet's end, its last
        // line a name with no number (3、二级机构2 | | |): an excerpt's list may go on, its total only a bound there
        const numberedCut = (parts) => {
          if (!parts.every((p) => /^([一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十]+\)|\d+[、.．)]|\(\d+\))/.test(v.rowLabel(p.r, c)))) return false;
          for (let u = parts[parts.length - 1].r + 1; u <= v.rows; u++) if (v.g[u - 1].some((x, k) => !v.covered(u, k + 1) && parseNum(x))) return false;
          return true;
        };
        if (hitB && !startsQizhong(hitB[0].r) && numberedCut(hitB)) rels.push({ kind: "rows", total: { r, c, ...n }, parts: hitB, atMost: true });
        else if (hitB) rels.push({ kind: startsQizhong(hitB[0].r) ? "其中" : "rows", total: { r, c, ...n }, parts: hitB });
        else if (below.length >= 1 && below[0].r === r + 1 && startsQizhong(r + 1) && below[0].value <= n.value + 1e-9 && below[0].value > 0) {
          // one 其中 part: a bound ("of which"), broken when the part exceeds the total
          rels.push({ kind: "其中", total: { r, c, ...n }, parts: [below[0]], atMost: true });
        } else {
          const above = [];
          let headRow = 0;
          // (the lines above led by a total line of their own that they add up to, 歲入合計 over its lines, then 歲出合計
          // under them: they are that total's, and their sum equal to this one only by chance — a balanced budget)
          let ledBy = null;
          for (let u = r - 1; u >= 1; u--) {
            if (v.covered(u, c)) continue;
            const t = v.text(u, c);
            if (!t) continue;
            const p = parseNum(t);
            if (!p || p.percent) {
              if (!p) headRow = u;
              break;
            }
            if (isTotal(v.rowLabel(u, c))) {
              ledBy = p;
              break;
            }
            above.push({ r: u, c, ...p });
          }
          if (above.length >= 2 && sumHolds(above, n) && !(ledBy && sumHolds(above, ledBy))) rels.push({ kind: "rows", total: { r, c, ...n }, parts: above.reverse() });
          // one line right under its column's name (补助金额(万元) | 10 over 合计 | 10): the whole list
          else if (above.length === 1 && headRow === above[0].r - 1 && /[\u4e00-\u9fa5]{2,}/.test(v.text(headRow, c)) && sumHolds(above, n))
            rels.push({ kind: "one-line 合计", total: { r, c, ...n }, parts: above });
        }
      }
      // --- columns: under a column headed 合计/资金总额, the cells beside it in its row
      const head = v.header(r, c);
      if (isTotal(head) && !isTotal(label)) {
        for (const dir of [1, -1]) {
          const parts = [];
          for (let d = c + dir; d >= 1 && d <= v.cols && parts.length < 8; d += dir) {
            if (v.covered(r, d)) continue;
            const t = v.text(r, d);
            // (a blank part between numbers under named columns is a source with nothing in it: 政府基金拨款 | 纳入专户…
            // left blank between 公共财政拨款 and 其他收入)
            if (!t && parts.length && v.header(r, d) && !isTotal(v.header(r, d))) {
              let e = d + dir;
              while (e >= 1 && e <= v.cols && !v.covered(r, e) && !v.text(r, e) && v.header(r, e) && !isTotal(v.header(r, e))) e += dir;
              const q = e >= 1 && e <= v.cols && !v.covered(r, e) ? v.num(r, e) : null;
              if (q && !q.percent && !RATE_LABEL.test(v.header(r, e)) && !isTotal(v.header(r, e))) continue;
            }
            const p = parseNum(t);
            if (!p || p.percent || RATE_LABEL.test(v.header(r, d)) || isTotal(v.header(r, d))) break;
            parts.push({ r, c: d, ...p });
          }
          const hit = prefix(parts, n);
          if (hit) {
            rels.push({ kind: "columns", total: { r, c, ...n }, parts: hit });
            break;
          }
        }
      }
      // --- 全市: the whole area's line over its areas' lines (全市 | 市本级 | 东坡区 …), or its column beside its areas'
      // columns (全市 | 东坡区 | 彭山区 …); a line of rates or averages is none (失业率 4.3 in every area)
      if (AREA_WHOLE.test(label) && !NOT_ADDITIVE.test(v.header(r, c))) {
        const parts = [];
        for (let u = r + 1; u <= Math.min(v.rows, r + 40); u++) {
          if (v.covered(u, c)) continue;
          const t = v.text(u, c);
          if (!t) continue;
          const p = parseNum(t);
          if (!p || p.percent || !v.rowLabel(u, c) || AREA_WHOLE.test(v.rowLabel(u, c))) break;
          parts.push({ r: u, c, ...p });
        }
        if (parts.length >= 2 && sumHolds(parts, n)) rels.push({ kind: "全市 rows", total: { r, c, ...n }, parts });
      }
      if (AREA_WHOLE.test(v.header(r, c).replace(/\(.*?\)$/, "")) && !AREA_WHOLE.test(label) && !NOT_ADDITIVE.test(v.rowLabel(r, c))) {
        const parts = [];
        for (let d = c + 1; d <= v.cols; d++) {
          if (v.covered(r, d)) continue;
          const p = parseNum(v.text(r, d));
          if (!p || p.percent || NOT_ADDITIVE.test(v.header(r, d))) break;
          parts.push({ r, c: d, ...p });
        }
        if (parts.length >= 2 && sumHolds(parts, n)) rels.push({ kind: "全市 columns", total: { r, c, ...n }, parts });
      }
      // --- 其中 down a label | amount column pair: "计划安排资金(万元) | 1208.75" over "其中:中央财政 | ", "省财政 | 1125",
      // "市财政 | 33.75" … (side-by-side fund blocks: each pair sums down its own two columns)
      if (c > 1 && !v.covered(r, c - 1) && v.text(r, c - 1) && !parseNum(v.text(r, c - 1)) && /^其中/.test(compact(v.text(r + 1, c - 1)))) {
        const parts = [];
        let u = r + 1;
        for (; u <= Math.min(v.rows, r + 10); u++) {
          const l = v.covered(u, c - 1) ? "" : compact(v.text(u, c - 1));
          if (!l || parseNum(l) || l.length > 12 || isTotal(l) || !FUND_PART.test(core(l))) break;
          if (v.covered(u, c)) break;
          const t = v.text(u, c);
          if (!t) continue;
          const p = parseNum(t);
          if (!p || p.percent) break;
          parts.push({ r: u, c, ...p });
        }
        // the whole list down to its last part (the list must end there: no amount under a label of another kind)
        const ends = u > v.rows || !(v.text(u, c - 1) && v.num(u, c));
        if (ends && parts.length >= 2 && sumHolds(parts, n)) rels.push({ kind: "其中 pair", total: { r, c, ...n }, parts });
      }
      // --- 结余 = 到位/预算 − 支出, in the row (columns headed) or in the column (rows labelled)
      if (/结余/.test(head) || /结余/.test(label) || /结余/.test(left)) {
        const inRow = /结余/.test(head);
        const cands = [];
        if (inRow) {
          for (let d = 1; d <= v.cols; d++) if (d !== c && v.num(r, d) && !v.num(r, d).percent) cands.push({ r, c: d, ...v.num(r, d), label: v.header(r, d) });
        } else {
          for (let u = Math.max(1, r - 8); u <= Math.min(v.rows, r + 8); u++) if (u !== r && v.num(u, c) && !v.num(u, c).percent) cands.push({ r: u, c, ...v.num(u, c), label: v.rowLabel(u, c) || v.labelLeft(u, c) });
        }
        const ms = cands.filter((x) => MINUEND.test(core(x.label)) && !/结余/.test(x.label));
        const ss = cands.filter((x) => SPENT.test(core(x.label)) && !/结余|率/.test(x.label));
        let done = false;
        for (const m of ms) {
          for (const s of ss) {
            if (done || m === s) continue;
            const d = Math.max(n.decimals, m.decimals, s.decimals);
            if (sameShown(n.value, m.value - s.value, Math.max(n.decimals, 2)) && Math.abs(m.value - s.value - n.value) < 0.5 * 10 ** -d + 1e-9) {
              rels.push({ kind: "结余", total: { r, c, ...n }, parts: [m, s] });
              done = true;
            }
          }
        }
      }
    }
  }
  // --- change: a column headed as the change from an earlier period (比上年增减, 增减金额, 本年与上年比较) equal, on its
  // line, to the current period's amount less the earlier one's (本年 / 本次 / the later year against 上年 / 去年 / the
  // earlier year), both heads in the same line's columns
  for (let r = 1; r <= v.rows; r++) {
    for (let c = 2; c <= v.cols; c++) {
      const n = v.num(r, c);
      if (!n || n.percent || !headsAbove(v, r, c).some((h) => CHANGE_HEAD.test(h)) || /率|幅度|%/.test(v.header(r, c))) continue;
      const cands = [];
      for (let d = 1; d < c; d++) {
        const m = v.num(r, d);
        // (the period's head over a 金额 | 百分比 pair: the line above the nearest)
        const period = headsAbove(v, r, d).map(periodOf).find((x) => x !== null) ?? null;
        if (m && !m.percent && period !== null) cands.push({ r, c: d, ...m, period });
      }
      let found = null;
      for (const a of cands) for (const b of cands) if (!found && a.period > b.period && sameShown(n.value, a.value - b.value, Math.max(n.decimals, a.decimals, b.decimals))) found = [a, b];
      if (!found) continue;
      rels.push({ kind: "change", total: { r, c, ...n }, parts: found });
      // the rate of change beside it (增、减幅度, 增长率): a percent = the change over the earlier amount
      const earlier = found[1];
      for (let e = c + 1; e <= Math.min(v.cols, c + 2) && earlier.value !== 0; e++) {
        const q = v.num(r, e);
        // (a percent, or a bare number in points under the rate's head: 增加率 | 5.2 in a table "單位:千元;%")
        if (!q || !CHANGE_RATE.test(v.header(r, e))) continue;
        if (sameShown(q.value, (100 * n.value) / earlier.value, q.decimals)) rels.push({ kind: "change rate", total: { r, c: e, ...q }, parts: [{ r, c, ...n }, earlier] });
        break;
      }
    }
  }
  // --- ratios: a percentage headed or labelled …率 = B/A of two amounts in its row or its column
  for (let r = 1; r <= v.rows; r++) {
    for (let c = 1; c <= v.cols; c++) {
      const p = v.num(r, c);
      if (!p || !p.percent || p.value === 0) continue;
      const head = v.header(r, c);
      const label = v.labelLeft(r, c) || v.rowLabel(r, c);
      const inRow = RATE_LABEL.test(head);
      if (!inRow && !RATE_LABEL.test(label)) continue;
      const cands = [];
      if (inRow) {
        for (let d = 1; d <= v.cols; d++) if (d !== c && v.num(r, d) && !v.num(r, d).percent) cands.push({ r, c: d, ...v.num(r, d), label: v.header(r, d) });
      } else {
        for (let u = Math.max(1, r - 6); u <= Math.min(v.rows, r + 6); u++) if (u !== r && v.num(u, c) && !v.num(u, c).percent) cands.push({ r: u, c, ...v.num(u, c), label: v.labelLeft(u, c) || v.rowLabel(u, c) });
        // "预算数 | 100 | 执行数 | 95 | 执行率 | 95%": label/value pairs in the row
        // (an amount whose nearest label is itself a rate's name, "预算完成率 | 100% | 6475", is not the amount that label names)
        for (let d = 1; d <= v.cols; d++) if (d !== c && v.num(r, d) && !v.num(r, d).percent && !RATE_LABEL.test(v.labelLeft(r, d))) cands.push({ r, c: d, ...v.num(r, d), label: v.labelLeft(r, d) });
      }
      let found = null;
      for (const a of cands) {
        if (found || !NUMERATOR.test(core(a.label))) continue;
        for (const b of cands) {
          if (found || a === b || b.value <= 0 || !DENOMINATOR.test(core(b.label))) continue;
          if (sameShown(p.value, (100 * a.value) / b.value, p.decimals)) found = [a, b];
        }
      }
      if (found) rels.push({ kind: "ratio", total: { r, c, ...p }, parts: found, label: inRow ? head : label });
    }
  }
  // --- rollups: a vertically merged number equal to the rows it spans in another column
  for (const [k, s] of v.span) {
    const [r, c] = k.split(",").map(Number);
    if (s.r2 <= r) continue;
    const n = v.num(r, c);
    if (!n || n.percent) continue;
    const head = v.heading(r, c);
    for (let d = c + 1; d <= v.cols; d++) {
      // parts stand under the same heading (分值 … 分值, 得分 … 得分)
      if (v.heading(r, d) !== head) continue;
      const parts = [];
      let text = false;
      for (let u = r; u <= s.r2; u++) {
        if (v.covered(u, d)) continue;
        const t = v.text(u, d);
        if (!t) continue;
        const p = parseNum(t);
        if (!p || p.percent) {
          text = true;
          break;
        }
        parts.push({ r: u, c: d, ...p });
      }
      if (text || parts.length === 0) continue;
      // the nearest column of numbers in the group's rows holds its parts (one part: a copy, no sum)
      if (parts.length >= 2 && sumHolds(parts, n)) rels.push({ kind: "rollup", total: { r, c, ...n }, parts });
      break;
    }
  }
  // --- newspaper layout: a header repeating one (单位 | 金额) pair; in each pair a …小计 line heads the lines under
  // it up to the next 小计 (a line followed by 其中: lines owns a chain, ending where both it and the 小计 add up)
  for (let h = 1; h <= v.rows; h++) {
    const pairs = [];
    for (let c = 1; c < v.cols; c++) {
      const x = compact(v.text(h, c));
      const y = compact(v.text(h, c + 1));
      if (!x || !y || parseNum(x) || !/^(金额|资金|补助金额|补助资金|分配金额)(\((万元|元)\))?$/.test(y)) continue;
      if (pairs.length && (x !== pairs[0].x || y !== pairs[0].y)) continue;
      pairs.push({ c, x, y });
      c++;
    }
    if (pairs.length < 2) continue;
    for (const { c } of pairs) {
      const lines = [];
      for (let u = h + 1; u <= v.rows; u++) {
        const l = compact(v.text(u, c));
        if (l) lines.push({ r: u, l, n: v.num(u, c + 1) });
      }
      for (let i = 0; i < lines.length; i++) {
        if (!/小计$/.test(lines[i].l) || !lines[i].n) continue;
        let j = i + 1;
        while (j < lines.length && !/(小计|合计|总计)$/.test(lines[j].l)) j++;
        if (j >= lines.length) continue; // runs to the pair's end: may go on in the next pair
        const seg = lines.slice(i + 1, j);
        if (seg.length < 2 || seg.some((x) => !x.n)) continue;
        const total = { r: lines[i].r, c: c + 1, ...lines[i].n };
        const p = (x) => ({ r: x.r, c: c + 1, ...x.n });
        const owners = seg.map((x, k) => (k + 1 < seg.length && /^其中/.test(seg[k + 1].l) && !/^其中/.test(x.l) ? k : -1)).filter((k) => k >= 0);
        if (owners.length === 0) {
          if (sumHolds(seg.map(p), total)) rels.push({ kind: "leading 小计", total, parts: seg.map(p) });
        } else if (owners.length === 1) {
          const o = owners[0];
          const ks = [];
          for (let k = o + 1; k < seg.length; k++) if (sumHolds(seg.slice(o + 1, k + 1).map(p), p(seg[o])) && sumHolds([...seg.slice(0, o + 1), ...seg.slice(k + 1)].map(p), total)) ks.push(k);
          // (the chain's owner is listed last, so a part mutant changes another line: with the owner itself wrong no
          // chain end makes either sum hold, and where the chain ends, hence which line is wrong, is not stated)
          if (ks.length === 1) rels.push({ kind: "leading 小计", total, parts: [...seg.slice(0, o), ...seg.slice(ks[0] + 1), seg[o]].map(p) });
        }
      }
    }
    break;
  }
  // --- merged subtotals: a number merged down rows under a 合计/小计 heading equal to the one amount column to its
  // right in those rows (an allocation table: each county's 合计 over its towns' 补助资金)
  for (const [k, s] of v.span) {
    const [r, c] = k.split(",").map(Number);
    if (s.r2 <= r || s.c2 !== c) continue;
    const n = v.num(r, c);
    if (!n || n.percent || !TOTAL_LABEL.test(v.heading(r, c))) continue;
    const cols = [];
    for (let d = c + 1; d <= v.cols; d++) {
      for (let u = r; u <= s.r2; u++) if (v.num(u, d)) { cols.push(d); break; }
    }
    if (cols.length !== 1 || !AMOUNT_HEAD.test(v.heading(r, cols[0]))) continue;
    const d = cols[0];
    const parts = [];
    let clean = true;
    for (let u = r; u <= s.r2; u++) {
      if (v.covered(u, d)) { clean = false; break; }
      const t = v.text(u, d);
      if (!t) continue;
      const p = parseNum(t);
      if (!p || p.percent) { clean = false; break; }
      parts.push({ r: u, c: d, ...p });
    }
    if (clean && parts.length >= 2 && sumHolds(parts, n)) rels.push({ kind: "merged subtotal", total: { r, c, ...n }, parts });
  }
  // --- leading 合计 over groups: a 合计/总计 row right under its header (全省合计, then 甲市小计 over its lines, 乙市小计
  // over its own …): the grand total is the sum of the group totals; a list that runs to the sheet's last row may go
  // on (an excerpt), so its total is only a bound there (the mutant raises a group total above it)
  for (let r = 2; r <= v.rows; r++) {
    const label = v.rowLabel(r);
    if (!/^[\u4e00-\u9fa5()、]{0,14}(合计|总计)$/.test(label)) continue;
    let h = r - 1;
    while (h > 0 && !v.g[h - 1].some((x) => String(x ?? "").trim())) h--;
    if (h < 1 || v.g[h - 1].some((x, k) => !v.covered(h, k + 1) && parseNum(x))) continue;
    let first = 2;
    while (first <= v.cols && !v.num(r, first)) first++;
    for (let c = first; c <= v.cols; c++) {
      const n = v.num(r, c);
      if (!n || n.percent) continue;
      const groups = [];
      let u = r + 1;
      let ok = true;
      for (; u <= v.rows; u++) {
        const l = v.rowLabel(u, c);
        // (a line of the list: a label and a number in some column; a blank cell in this one is no number)
        if (!l || !v.g[u - 1].some((x, k) => k + 1 >= first && !v.covered(u, k + 1) && parseNum(x))) break;
        const p = v.num(u, c);
        if (p && p.percent) ok = false;
        if (/(小计|合计)$/.test(l)) {
          if (!p) ok = false;
          else groups.push({ r: u, c, ...p });
        } else if (!groups.length) ok = false;
      }
      if (!ok || groups.length < 2 || u <= r + groups.length) continue;
      if (!sumHolds(groups, n)) continue;
      const open = u > v.rows;
      rels.push({ kind: "leading 合计", total: { r, c, ...n }, parts: groups, ...(open ? { atMost: true } : {}) });
    }
  }
  // --- account totals at the foot: …收入总额 right under another …收入总额, the sum of every such line above it
  {
    const kindOf = (l) => {
      const m = /^[\u4e00-\u9fa5]{0,8}(收入|支出|开支)总额$/.exec(l);
      return m ? (m[1] === "收入" ? "收入" : "支出") : null;
    };
    for (let r = 3; r <= v.rows; r++) {
      for (let c = 2; c <= v.cols; c++) {
        const n = v.num(r, c);
        const kind = kindOf(v.rowLabel(r, c));
        if (!n || n.percent || !kind) continue;
        let u = r - 1;
        while (u > 1 && !v.rowLabel(u, c) && !v.num(u, c)) u--;
        if (kindOf(v.rowLabel(u, c)) !== kind || !v.num(u, c)) continue;
        const parts = [];
        for (; u >= 1; u--) {
          const p = v.num(u, c);
          if (p && kindOf(v.rowLabel(u, c)) === kind) parts.unshift({ r: u, c, ...p });
        }
        if (parts.length >= 2 && sumHolds(parts, n)) rels.push({ kind: "account totals", total: { r, c, ...n }, parts });
      }
    }
  }
  // --- code outlines: lines coded by classification (04-03-01-00 in one cell, or 04 | 03 | 01 | 00 in four cells or
  // more), a line with an amount the sum of the nearest lines under it with one (a line under another: its code goes on
  // from the other's last group other than 00); a line without a code ends the outline
  {
    const codeOf = (r) => {
      for (let c = 1; c <= v.cols; c++) {
        const t = v.text(r, c);
        if (!t) continue;
        if (/^\d{2}(?:-\d{2}){3,}$/.test(t)) return { groups: t.split("-"), next: c + 1 };
        if (/^\d{2}$/.test(t)) {
          const groups = [];
          let d = c;
          while (d <= v.cols && /^\d{2}$/.test(v.text(r, d))) groups.push(v.text(r, d++));
          return groups.length >= 4 ? { groups, next: d } : null;
        }
        if (!/^\d+(?:-\d+)+$/.test(t)) return null;
      }
      return null;
    };
    const sig = (g) => {
      let n = g.length;
      while (n > 1 && g[n - 1] === "00") n--;
      return g.slice(0, n);
    };
    const under = (b, a) => {
      const sa = sig(a);
      const sb = sig(b);
      return sb.length > sa.length && sa.every((x, i) => sb[i] === x);
    };
    let stack = [];
    const children = new Map();
    const lines = [];
    for (let r = 1; r <= v.rows; r++) {
      const code = codeOf(r);
      if (!code) {
        stack = [];
        continue;
      }
      let amount = null;
      for (let c = v.cols; c >= code.next; c--) {
        const n = v.num(r, c);
        if (n && !n.percent) {
          amount = { r, c, ...n };
          break;
        }
        if (v.text(r, c)) break;
      }
      const line = { code: code.groups, amount };
      while (stack.length && !under(line.code, stack[stack.length - 1].code)) stack.pop();
      // (its nearest ancestor with an amount in the same column)
      const owner = [...stack].reverse().find((x) => x.amount && amount && x.amount.c === amount.c);
      if (owner && amount) children.set(owner, [...(children.get(owner) || []), amount]);
      stack.push(line);
      lines.push(line);
    }
    for (const x of lines) {
      const parts = children.get(x);
      if (parts && parts.length >= 2 && sumHolds(parts, x.amount)) rels.push({ kind: "code outline", total: x.amount, parts });
    }
  }
  // --- numbered headings: a line numbered at one level (一、市直单位 | 60) followed by lines unnumbered or numbered
  // deeper, the first of them setting the level of its parts (单位A | 30, 单位B | 30): the heading is their sum; the
  // list's first line must be such a heading (a list of 1. 2. 3. items, some with (1) (2) breakdowns, is not one)
  const level = (l) => (/^[一二三四五六七八九十]+[、.．]/.test(l) ? 0 : /^\([一二三四五六七八九十]+\)/.test(l) ? 1 : /^\d+[、.．)]/.test(l) ? 2 : /^\(\d+\)/.test(l) ? 3 : /^[①②③④⑤⑥⑦⑧⑨⑩]/.test(l) ? 4 : -1);
  for (let r = 2; r <= v.rows; r++) {
    for (let c = 2; c <= v.cols; c++) {
      const n = v.num(r, c);
      if (!n || n.percent) continue;
      const label = v.rowLabel(r, c);
      const top = level(label);
      if (top < 0 || isTotal(label)) continue;
      // the list opens here: the line above holds no number in this column, or is its 合计
      if (v.num(r - 1, c) && !isTotal(v.rowLabel(r - 1, c))) continue;
      const lines = [];
      for (let u = r; u <= v.rows; u++) {
        const p = v.num(u, c);
        const l = v.rowLabel(u, c);
        if (!p || p.percent || !l || isTotal(l) || /^其中/.test(l)) break;
        const k = level(l);
        if (k >= 0 && k < top) break;
        lines.push({ r: u, c, k, ...p });
      }
      if (lines.length < 3 || !lines.some((x) => x.k !== top)) continue;
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].k !== top) continue;
        const parts = [];
        let child = null;
        for (let j = i + 1; j < lines.length && lines[j].k !== top; j++) {
          if (child === null) child = lines[j].k;
          if (lines[j].k === child) parts.push(lines[j]);
        }
        if (parts.length >= 2 && sumHolds(parts, lines[i])) rels.push({ kind: "numbered heading", total: lines[i], parts });
      }
      r = lines[lines.length - 1].r;
      break;
    }
  }
  // --- grades stated beside or under a score, or in text ("评价等级:良")
  for (let r = 1; r <= v.rows; r++) {
    for (let c = 1; c <= v.cols; c++) {
      const t = v.text(r, c);
      if (!t) continue;
      const ct = compact(t);
      if (GRADE_WORDS.includes(ct)) {
        const stated = GRADE_LABEL.test(v.labelLeft(r, c)) || GRADE_LABEL.test(v.header(r, c)) || TOTAL_LABEL.test(core(v.rowLabel(r, c)));
        if (!stated) continue;
        const score = nearScore(v, r, c);
        if (!score) continue;
        rels.push({ kind: "grade", total: { r, c, text: t, grade: ct }, parts: [score] });
      } else if (ct.length <= 200) {
        const m = GRADE_IN_TEXT.exec(ct);
        const sc = /(?:分值|得分|总分|评分|分数)(?:为|是|:|：)?(\d+(?:\.\d+)?)分?/.exec(ct);
        if (m && sc && Number(sc[1]) <= 100) rels.push({ kind: "grade", total: { r, c, text: t, grade: m[3], inText: true, score: Number(sc[1]) }, parts: [] });
        else if (m) {
          const score = nearScore(v, r, c);
          if (score) rels.push({ kind: "grade", total: { r, c, text: t, grade: m[3], inText: true }, parts: [score] });
        }
      }
    }
  }
  for (const x of itemOfWhich) rels.push(x);
  rels.push(...findWeighted(v));
  rels.push(...findRanks(v));
  return rels;
}

/** a rank column's head (排名, 名次, 综合排名) and the head of the total it ranks, left of it */
const R_HEAD = /^(综合|总)?(排名|名次|位次)$/;
const R_TOTAL = /^(总得?分|总成绩|综合(得分|评分|分数|成绩|指数|分)|考核总分|最终得分|加权(得分|总分|合计)|合计|总计|(考核|考评|评价|测评)?得分)(\(.{1,6}\))?$/;

/**
 * A rank column beside the total it ranks (总分 | 排名): every line's rank its place by total, the highest first, tied
 * totals sharing the places they span (94.31 and 94.31 ranked 4 and 5). One relation per column, for one mutant: the
 * ranks of the best line and of a line further down (a total that differs) swapped.
 */
function findRanks(v) {
  const rels = [];
  for (let h = 1; h < v.rows; h++) {
    for (let c = 2; c <= v.cols; c++) {
      if (!R_HEAD.test(headText(v, h, c))) continue;
      let tc = 0;
      for (let d = c - 1; d >= 1 && !tc; d--) if (R_TOTAL.test(headText(v, h, d))) tc = d;
      if (!tc) continue;
      const lines = [];
      for (let r = h + 1; r <= v.rows; r++) {
        const t = v.num(r, tc);
        const k = v.num(r, c);
        if (!t || !k || t.percent || k.percent || !Number.isInteger(k.value) || /\.$/.test(String(v.text(r, tc)).trim())) continue;
        lines.push({ r, total: { r, c: tc, ...t }, rank: { r, c, ...k } });
      }
      if (lines.length < 3) continue;
      const n = lines.length;
      const place = (x) => 1 + lines.filter((y) => y.total.value > x.total.value).length;
      const last = (x) => lines.filter((y) => y.total.value >= x.total.value).length;
      if (!lines.every((x) => x.rank.value >= place(x) && x.rank.value <= last(x) && x.rank.value <= n)) continue;
      const best = lines.find((x) => x.rank.value === 1);
      const other = lines.find((x) => place(x) === 3 && last(x) === 3) || lines.find((x) => x.total.value < best.total.value && place(x) === last(x));
      if (!best || !other) continue;
      rels.push({ kind: "rank", total: best.rank, parts: [other.rank, best.total, other.total], swap: [best.rank, other.rank] });
    }
  }
  return rels;
}

/** a weighted part's name (a score, an index, a result, an assessment) and a total's (总分, 综合指数, 加权得分, 合计) */
const W_PART = /(得分|评分|分数|分|指数|成绩|考核|考评|测评|评议|满意度)$/;
const W_TOTAL = /^(总得?分|总成绩|综合(得分|评分|分数|成绩|指数|分)|考核总分|最终得分|加权(得分|总分|合计)|合计|总计)(\(.{1,6}\))?$/;
/** a share in a head (name(占40%), name(×30%), name×30%) or alone under it ((占40%), 40%) */
const W_HEAD_SHARE = /^(.+?)\((?:占|权重|权数|比重|×|\*)?(\d{1,3}(?:\.\d+)?)%\)$|^(.+?)(?:[×*]|占)(\d{1,3}(?:\.\d+)?)%$/;
const W_SHARE = /^\(?(?:占|权重|权数|比重|×|\*)?(\d{1,3}(?:\.\d+)?)%\)?$/;
/** a head as a reader reads it: a mirror's pinyin gloss after a character dropped (權(quán)重(%) → 权重(%)) */
const PINYIN_GLOSS = /([\u3400-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g;
const headText = (v, r, c) => compact(String(v.text(r, c)).replace(PINYIN_GLOSS, "$1"));
/** Σ share × part agrees with the total at the precision shown (each part's rounding times its share) */
function weightedHolds(total, parts, shares) {
  let s = 0;
  let tol = 0.5 * 10 ** -total.decimals;
  parts.forEach((p, k) => {
    s += p.value * shares[k];
    tol += 0.5 * 10 ** -p.decimals * shares[k];
  });
  return total.value !== 0 && Math.abs(s - total.value) <= tol + 1e-9;
}
/** the lines kept: at least 2 agree, and no more than one in three does not */
const mostAgree = (n, agree) => agree >= 2 && (n - agree) * 3 <= n;

/**
 * Weighted totals across a line (see the head comment): a header whose parts state their shares (in the head, or alone on
 * the line under it), the shares adding up to 100%, a total's head right of the parts; and a weighted evaluation's lines.
 * One relation per line; the shares' cells in `shares` (a share changed moves every line's total).
 */
function findWeighted(v) {
  const rels = [];
  for (let h = 1; h < v.rows; h++) {
    const parts = [];
    let total = 0;
    let shareLine = false;
    for (let c = 1; c <= v.cols && !total; c++) {
      const t = headText(v, h, c);
      if (!t || t.length > 24) continue;
      const m = W_HEAD_SHARE.exec(t);
      const name = m ? m[1] || m[3] : t;
      if (W_TOTAL.test(name) && parts.length >= 2) total = c;
      else if (m && W_PART.test(name)) parts.push({ c, share: Number(m[2] || m[4]) / 100, cell: a1(h, c), text: v.text(h, c) });
      else if (W_PART.test(name)) {
        const u = W_SHARE.exec(headText(v, h + 1, c));
        if (u) {
          parts.push({ c, share: Number(u[1]) / 100, cell: a1(h + 1, c), text: v.text(h + 1, c) });
          shareLine = true;
        }
      }
    }
    if (!total || parts.length < 2 || Math.abs(parts.reduce((x, p) => x + p.share, 0) - 1) > 1e-6) continue;
    const lines = [];
    let r = h + (shareLine ? 2 : 1);
    for (; r <= v.rows; r++) {
      const n = v.num(r, total);
      if (!n) {
        if (v.text(r, total) || lines.length) break;
        continue;
      }
      const ps = parts.map((p) => v.num(r, p.c));
      if (n.percent || ps.some((p) => !p || p.percent)) continue;
      lines.push({ total: { r, c: total, ...n }, parts: ps.map((p, k) => ({ r, c: parts[k].c, ...p })) });
    }
    const shares = parts.map((p) => p.share);
    const weighted = lines.filter((l) => weightedHolds(l.total, l.parts, shares));
    // (already weighted: each part within its share of 100, the total their plain sum)
    const plain = lines.filter((l) => sumHolds(l.parts, l.total));
    const within = lines.every((l) => l.parts.every((p, k) => p.value <= shares[k] * 100 + 1e-9));
    const sharesOf = parts.map((p) => ({ cell: p.cell, text: p.text, share: p.share }));
    if (within && plain.length > weighted.length && mostAgree(lines.length, plain.length)) {
      for (const l of plain) rels.push({ kind: "already weighted", ...l });
    } else if (mostAgree(lines.length, weighted.length)) {
      for (const l of weighted) rels.push({ kind: "weighted", ...l, shares: sharesOf });
      rels.push({ kind: "weighted share", total: { r: parseA1(parts[0].cell).row, c: parts[0].c, value: 0, decimals: 0 }, shareOf: sharesOf[0], parts: weighted.map((l) => l.total) });
    }
    if (lines.length) h = r - 1;
  }
  // a weighted evaluation's lines: 评价准则 | 权重(%) | 评价分值 | 加权得分, closed by a line whose 权重 is 100%
  for (let h = 1; h < v.rows; h++) {
    let wc = 0;
    let sc = 0;
    let ac = 0;
    for (let c = 1; c <= v.cols; c++) {
      const t = headText(v, h, c);
      if (!wc && /^(权重|权数|权重系数)(\(%\))?$/.test(t)) wc = c;
      else if (!sc && /^(评价分值|评价得分|评价分数|评分|得分|分值|分数)(\(.{1,6}\))?$/.test(t)) sc = c;
      else if (!ac && /^加权.{0,4}(得分|分值|分数|分)$|^加权得分/.test(t)) ac = c;
    }
    if (!wc || !sc || !ac) continue;
    const lines = [];
    let sum = 0;
    let closed = false;
    for (let r = h + 1; r <= v.rows; r++) {
      const w = v.num(r, wc);
      if (!w || !w.percent) break;
      if (w.value === 100 && lines.length >= 2) {
        closed = true;
        break;
      }
      sum += w.value;
      const s = v.num(r, sc);
      const a = v.num(r, ac);
      if (!s || !a || s.percent || a.percent) continue;
      lines.push({ w: { r, c: wc, ...w }, total: { r, c: ac, ...a }, parts: [{ r, c: sc, ...s }] });
    }
    if (!closed || Math.abs(sum - 100) > 1e-6) continue;
    const ok = lines.filter((l) => weightedHolds(l.total, l.parts, [l.w.value / 100]));
    if (!mostAgree(lines.length, ok.length)) continue;
    for (const l of ok) rels.push({ kind: "weighted", total: l.total, parts: l.parts, shares: [{ cell: a1(l.w.r, l.w.c), text: v.text(l.w.r, l.w.c), share: l.w.value / 100 }] });
    // (a share moved: its line's weighted score off, and the shares no longer 100%)
    const l = ok[0];
    rels.push({ kind: "weighted share", total: { r: l.w.r, c: l.w.c, value: 0, decimals: 0 }, shareOf: { cell: a1(l.w.r, l.w.c), text: v.text(l.w.r, l.w.c), share: l.w.value / 100 }, parts: [l.total] });
  }
  return rels;
}

/** a score (0..100) a stated grade grades: in its row under/after a score label, or in the rows above */
function nearScore(v, r, c) {
  for (let d = 1; d <= v.cols; d++) {
    const n = v.num(r, d);
    if (n && !n.percent && n.value >= 0 && n.value <= 100 && (SCORE_LABEL.test(v.header(r, d)) || SCORE_LABEL.test(v.labelLeft(r, d)) || TOTAL_LABEL.test(core(v.rowLabel(r, d))))) return { r, c: d, ...n };
  }
  for (let u = r - 1; u >= Math.max(1, r - 2); u--) {
    for (let d = 1; d <= v.cols; d++) {
      const n = v.num(u, d);
      if (n && !n.percent && n.value >= 0 && n.value <= 100 && (SCORE_LABEL.test(v.labelLeft(u, d)) || SCORE_LABEL.test(v.header(u, d)) || TOTAL_LABEL.test(core(v.rowLabel(u, d))))) return { r: u, c: d, ...n };
    }
  }
  return null;
}

function sumHolds(parts, total) {
  const s = parts.reduce((x, p) => x + p.value, 0);
  const d = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  return Math.abs(s - total.value) < 0.5 * 10 ** -d + 1e-9 && total.value !== 0;
}
/** the shortest run of ≥ 2 parts from the start whose sum is the total */
function prefix(parts, total) {
  for (let k = 2; k <= parts.length; k++) if (sumHolds(parts.slice(0, k), total)) return parts.slice(0, k);
  return null;
}

const GRADE_SWAP = (g, score) => {
  const wide = g.length > 1;
  if (score !== null && score !== undefined) return score >= 70 ? (wide ? "不合格" : "差") : wide ? "优秀" : "优";
  return { 优: "差", 良: "差", 中: "优", 差: "优", 优秀: "不合格", 良好: "不合格", 合格: "优秀", 不合格: "优秀" }[g];
};

/**
 * The mutants of a case: { kind, rule: "relation", edits: {A1: text}, cells: [relation cells], collateral: [] }.
 * One per relation (up to PER_KIND of a kind per sheet), changing a part or the total in turn.
 */
function planGridMutants(c) {
  const v = new View(c.json);
  const rels = findRelations(v);
  const out = [];
  const perKind = {};
  const usedCells = new Set();
  const cellsOf = (x) => [a1(x.total.r, x.total.c), ...x.parts.map((p) => a1(p.r, p.c)), ...(x.shares || []).map((p) => p.cell)];
  // an excerpt that stops at a marked point (the case's truncated flag): a total over parts that run to its last line
  // may have more parts past the cut, so a total raised above them proves nothing a reviewer could check; a part is
  // raised instead (the parts then exceed the total, cut or not)
  let lastLine = v.rows;
  while (lastLine > 1 && !(v.g[lastLine - 1] || []).some((x) => x !== null && x !== undefined && String(x).trim())) lastLine--;
  const runsToCut = (x) => !!c.json.truncated && x.total.r < lastLine && x.parts.some((p) => p.r >= lastLine);
  for (const x of rels) {
    const totalCell = a1(x.total.r, x.total.c);
    if (usedCells.has(totalCell)) continue;
    const k = (perKind[x.kind] = (perKind[x.kind] || 0) + 1);
    if (k > PER_KIND) continue;
    usedCells.add(totalCell);
    const edits = {};
    let variant;
    let extraCollateral;
    if (x.kind === "grade") {
      const score = x.total.score ?? (x.parts[0] ? x.parts[0].value : null);
      const g2 = GRADE_SWAP(x.total.grade, score);
      edits[totalCell] = x.total.inText ? x.total.text.replace(new RegExp(`(等级|等次|评级|评定|结论|结果)([为是:：]?[“"「]?)${x.total.grade}`), `$1$2${g2}`) : g2;
      if (edits[totalCell] === x.total.text) continue;
      variant = "grade";
    } else if (x.kind === "weighted share") {
      // (one part's share 10 points more, written as the sheet writes it: 40% → 50%, 系统考核得分(占40%) → (占50%))
      const pct = Math.round(x.shareOf.share * 100);
      const moved = pct + (pct <= 80 ? 10 : -10);
      const text = String(x.shareOf.text).replace(new RegExp(`${pct}(\\.0+)?%`), `${moved}%`);
      if (text === x.shareOf.text) continue;
      edits[x.shareOf.cell] = text;
      variant = "share";
      extraCollateral = rels.filter((y) => y.kind === "weighted" && y.shares.some((q) => q.cell === x.shareOf.cell)).flatMap((y) => cellsOf({ ...y, shares: [] }));
    } else if (x.kind === "rank") {
      // (two lines' ranks swapped: the best line's and one further down)
      const [a, b] = x.swap;
      edits[a1(a.r, a.c)] = String(v.text(b.r, b.c));
      edits[a1(b.r, b.c)] = String(v.text(a.r, a.c));
      variant = "swap";
    } else if (x.kind === "完成 note") {
      edits[totalCell] = x.total.swap;
      variant = "note";
    } else if (x.kind === "ratio" || x.kind === "change rate") {
      const nv = x.total.value >= 50 ? x.total.value - 7.5 : x.total.value + 7.5;
      edits[totalCell] = fmtLike(v.raw(x.total.r, x.total.c), nv);
      variant = "rate";
    } else if (x.atMost) {
      // the one part raised above its total
      const p = x.parts[0];
      edits[a1(p.r, p.c)] = fmtLike(v.raw(p.r, p.c), x.total.value + bump(x.total.value));
      variant = "part";
    } else if (x.kind === "结余" || x.kind === "change" || (k % 2 === 0 && !runsToCut(x))) {
      edits[totalCell] = fmtLike(v.raw(x.total.r, x.total.c), x.total.value + bump(x.total.value));
      variant = "total";
    } else {
      const p = x.parts.find((q) => q.value > 0) || x.parts[0];
      edits[a1(p.r, p.c)] = fmtLike(v.raw(p.r, p.c), p.value + bump(p.value));
      variant = "part";
    }
    // (a completion note's state is its own rule's: completion-note-mismatch; every other relation any relation rule's)
    out.push({ kind: `grid-${x.kind}`, gridKind: x.kind, variant, rule: "relation", ...(x.kind === "完成 note" ? { rules: ["completion-note-mismatch"] } : {}), edits, cells: cellsOf(x), ...(extraCollateral ? { extraCollateral } : {}) });
  }
  out.push(...planCodeMutants(v), ...planScoreMutants(v, rels), ...planStatedGradeMutants(v, rels));
  // collateral: the cells of every other relation that holds one of the edited cells (a changed part also
  // changes the 执行率 or the grade computed from it)
  for (const m of out) {
    const edited = new Set(Object.keys(m.edits));
    const col = new Set();
    let frontier = new Set(edited);
    for (let round = 0; round < 2; round++) {
      const next = new Set();
      for (const x of rels) {
        // (a weighted line's shares are every line's: a part or a total changed moves its own line only; a share
        // changed moves every line that weighs by it, its extraCollateral)
        if (x.kind === "weighted share") continue;
        const cells = cellsOf({ ...x, shares: [] });
        if (cells.some((cc) => frontier.has(cc))) for (const cc of cells) if (!col.has(cc)) { col.add(cc); next.add(cc); }
      }
      frontier = next;
    }
    // a changed weight or score also changes the sums of the merged groups that hold its row (一级 over 二级)
    for (const cell of [...edited, ...m.cells]) {
      const p = parseA1(cell);
      for (const [k, sp] of v.span) {
        const [r, c] = k.split(",").map(Number);
        if (c < p.col && r <= p.row && sp.r2 >= p.row && v.num(r, c)) col.add(a1(r, c));
      }
    }
    for (const x of m.extraCollateral || []) col.add(x);
    m.collateral = [...col];
  }
  return out;
}


// ---------------------------------------------------------------------------------------------------------
// Non-relation mutants planned from the grid alone: numbering broken in every style, and score cells under a
// 分值/权重 column and a 得分 column (above the weight, negative, blanked; a missed target's reason blanked)

const CN = "〇一二三四五六七八九";
const cnNum = (s) => {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return null;
  const t = s.indexOf("十");
  if (t < 0) return s.length === 1 ? CN.indexOf(s) : null;
  const tens = t === 0 ? 1 : CN.indexOf(s[0]);
  const ones = s.slice(t + 1) ? CN.indexOf(s.slice(t + 1)) : 0;
  return tens > 0 && ones >= 0 ? tens * 10 + ones : null;
};
const cnWrite = (n) => (n < 10 ? CN[n] : (Math.floor(n / 10) === 1 ? "" : CN[Math.floor(n / 10)]) + "十" + (n % 10 ? CN[n % 10] : ""));
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
/** numbering styles: [style, regex on the compact text, number of the match, writer of another number] */
const CODE_STYLES = [
  ["一、", /^([一二三四五六七八九十]{1,3})([、.])(?=[\u4e00-\u9fa5A-Za-z(])/, (m) => cnNum(m[1]), (m, n) => cnWrite(n) + m[2]],
  ["(一)", /^\(([一二三四五六七八九十]{1,3})\)(?=[\u4e00-\u9fa5A-Za-z])/, (m) => cnNum(m[1]), (m, n) => `(${cnWrite(n)})`],
  ["①", /^([①-⑳])(?=[\u4e00-\u9fa5A-Za-z])/, (m) => CIRCLED.indexOf(m[1]) + 1, (m, n) => CIRCLED[n - 1]],
  ["指标1", /^指标(\d{1,2})(?=[:：\u4e00-\u9fa5(]|$)/, (m) => Number(m[1]), (m, n) => `指标${n}`],
  ["1.1", /^(\d{1,2}(?:\.\d{1,2})*)\.(\d{1,2})(?=[\u4e00-\u9fa5A-Za-z(])/, (m) => Number(m[2]), (m, n) => `${m[1]}.${n}`, (m) => m[1]],
  ["1.", /^(\d{1,2})\.(?=[\u4e00-\u9fa5A-Za-z(])/, (m) => Number(m[1]), (m, n) => `${n}.`],
  ["1、", /^(\d{1,2})、(?=[\u4e00-\u9fa5A-Za-z(])/, (m) => Number(m[1]), (m, n) => `${n}、`],
  ["(1)", /^\((\d{1,2})\)(?=[\u4e00-\u9fa5A-Za-z])/, (m) => Number(m[1]), (m, n) => `(${n})`],
  ["A1", /^([A-Z])(\d{0,2})(\d)(?=[\u4e00-\u9fa5(])/, (m) => Number(m[3]), (m, n) => `${m[1]}${m[2]}${n}`, (m) => m[1] + m[2]],
];
/** 万元, 个, 天 after a number: an amount, not a code */
const AMOUNT_AFTER = /^(万|亿|元|个|天|年|月|日|次|人|户|亩|%)/;
function codeOfLabel(text, maxLength = 60) {
  const t = compact(text).replace(/^\s+/, "");
  if (t.length > maxLength || /[□■☐☑√]/.test(t)) return null;
  for (const [style, re, num, write, parentOf] of CODE_STYLES) {
    const m = re.exec(t);
    if (!m) continue;
    if (AMOUNT_AFTER.test(t.slice(m[0].length))) return null;
    const n = num(m);
    if (!n || n < 1) return null;
    return { style, n, parent: parentOf ? parentOf(m) : "", prefix: m[0], m, write: (k) => write(m, k), rest: t.slice(m[0].length) };
  }
  return null;
}
/** the raw text's code prefix replaced (the original's other characters kept) */
function rewriteCode(raw, code, k) {
  const t = String(raw).trim();
  const i = t.indexOf(code.rest.slice(0, Math.min(4, code.rest.length)));
  return code.write(k) + (i > 0 ? t.slice(i) : code.rest);
}

/** the header over a column within 40 rows: "names" (指标, 项目, 内容, 名称), "values" (标准, 说明, 原因 …) or "" */
function columnHead(v, r, c) {
  for (let u = r - 1; u >= Math.max(1, r - 40); u--) {
    const t = core(v.shown(u, c));
    if (!t || parseNum(t) || codeOfLabel(v.shown(u, c)) || t.length > 12) continue;
    if (/(标准|说明|依据|方法|原因|措施|备注|细则|完成值|指标值|实际值|目标值)/.test(t)) return "values";
    if (/(指标|项目|内容|名称|事项)(名称)?$/.test(t)) return "names";
  }
  return "";
}

/**
 * Runs of numbered labels: one column, one style, one parent, counting on by one; a label in a column to the
 * left, or of a style seen earlier in the column, closes the runs under it. Labels are each row's first text
 * and cells under a heading of names (指标, 项目, 内容, 名称).
 */
function findCodeRuns(v) {
  const runs = [];
  const open = new Map(); // `${col}|${style}|${parent}` -> run
  const rank = new Map(); // col -> Map(style -> order)
  const last = new Map();
  for (let r = 1; r <= v.rows; r++) {
    let first = true;
    for (let c = 1; c <= v.cols; c++) {
      const t = v.text(r, c);
      if (!t) continue;
      const isFirst = first;
      first = false;
      if (parseNum(t)) continue;
      const head = columnHead(v, r, c);
      if (head === "values" || (!isFirst && head !== "names")) continue;
      const ct = compact(t);
      if (last.get(c) === ct) continue;
      last.set(c, ct);
      const code = codeOfLabel(t);
      for (const k of [...open.keys()]) if (Number(k.split("|")[0]) > c) open.delete(k);
      if (!code) {
        for (const k of [...open.keys()]) if (Number(k.split("|")[0]) === c) open.delete(k);
        continue;
      }
      const order = rank.get(c) || new Map();
      rank.set(c, order);
      if (!order.has(code.style)) order.set(code.style, order.size);
      for (const k of [...open.keys()]) {
        const [kc, ks] = k.split("|");
        if (Number(kc) === c && order.get(ks) > order.get(code.style)) open.delete(k);
      }
      const key = `${c}|${code.style}|${code.parent}`;
      const item = { r, c, code, raw: t };
      const run = open.get(key);
      if (run && code.n === run[run.length - 1].code.n + 1) run.push(item);
      else {
        const fresh = [item];
        open.set(key, fresh);
        runs.push(fresh);
      }
    }
  }
  return runs.filter((x) => x.length >= 3);
}

const WEIGHT_HEAD = /^(分值|权重|权重分|标准分|满分|指标分值|指标权重|分值\(分\)|权重\(分\)|分值权重|权重\(%\))$/;
const SCORE_HEAD = /^(得分|自评得分|评价得分|评分|实际得分|考核得分|得分\(分\)|自评分|自评分值|评价分值)$/;
const REASON_HEAD = /(偏差原因|原因分析|未完成原因|改进措施|偏差说明|原因及改进)/;

/** score columns: a 得分 heading with a 分值/权重 heading in the same header row (or the row above) */
function findScoreColumns(v) {
  const out = [];
  for (let r = 1; r <= v.rows; r++) {
    for (let c = 1; c <= v.cols; c++) {
      const h = core(v.text(r, c));
      if (!SCORE_HEAD.test(h)) continue;
      // a form label ('自评分:' above the header, the blank for the sheet's total) is no column heading; nor is a
      // heading with another column heading right under it (the column's own heading is the lower one)
      if (/[:：]\s*$/.test(v.text(r, c)) || WEIGHT_HEAD.test(core(v.text(r + 1, c))) || SCORE_HEAD.test(core(v.text(r + 1, c)))) continue;
      for (let w = 1; w <= v.cols; w++) {
        if (w === c) continue;
        let wr = 0;
        for (const rr of [r, r - 1, r + 1]) if (rr >= 1 && WEIGHT_HEAD.test(core(v.shown(rr, w)))) wr = rr;
        if (!wr) continue;
        let reason = 0;
        for (let d = 1; d <= v.cols; d++) for (const rr of [r, r - 1, r + 1]) if (rr >= 1 && REASON_HEAD.test(compact(v.shown(rr, d)))) reason = d;
        out.push({ headRow: Math.max(r, wr), score: c, weight: w, reason });
        break;
      }
    }
  }
  return out;
}

/** rows of a score column: weight > 0, 0 ≤ score ≤ weight, not a total row; stops at a header of its kind */
function scoredRows(v, sc) {
  const rows = [];
  for (let r = sc.headRow + 1; r <= v.rows; r++) {
    if (SCORE_HEAD.test(core(v.text(r, sc.score)))) break;
    const w = v.num(r, sc.weight);
    const s = v.num(r, sc.score);
    if (!w || !s || w.percent || s.percent || w.value <= 0 || s.value < 0 || s.value > w.value) continue;
    // a line of numbers with no label at all (a platform's block subtotal "| | | 90.00 | 90.00" under the header) is no indicator
    if (!v.rowLabel(r, Math.min(sc.weight, sc.score))) continue;
    if (TOTAL_LABEL.test(core(v.rowLabel(r, Math.min(sc.weight, sc.score)))) || /(合计|总计|总分|小计)/.test(v.rowLabel(r) + v.labelLeft(r, Math.min(sc.weight, sc.score)))) continue;
    rows.push({ r, w, s });
  }
  return rows;
}

function planScoreMutants(v, rels) {
  const out = [];
  const cols = findScoreColumns(v);
  if (!cols.length) return out;
  // the indicator table: the score column with the most scored rows (a budget block's 分值/得分 has one or two)
  const withRows = cols.map((x) => ({ sc: x, rows: scoredRows(v, x) })).sort((a, b) => b.rows.length - a.rows.length);
  const { sc, rows } = withRows[0];
  if (rows.length < 2) return out;
  const pick = (k) => rows[Math.min(rows.length - 1, Math.floor(rows.length * k))];
  const cell = (x) => a1(x.r, sc.score);
  // a changed score necessarily disturbs the score total (合计/总分 under the same column) and a grade
  const totals = [];
  for (let r = sc.headRow + 1; r <= v.rows; r++) if (/(合计|总分|总计|小计)/.test(v.rowLabel(r) + v.labelLeft(r, Math.min(sc.weight, sc.score))) && v.num(r, sc.score)) totals.push(a1(r, sc.score));
  const push = (m) => out.push({ ...m, extraCollateral: totals });
  const o = pick(0.5);
  push({ kind: "grid-score-over", gridKind: "score-over", variant: "score", rules: ["score-exceeds-weight"], edits: { [cell(o)]: fmtLike(v.raw(o.r, sc.score), o.w.value + Math.max(1, Math.round(o.w.value * 0.2))) }, cells: [cell(o)] });
  const n = pick(0.67);
  push({ kind: "grid-negative", gridKind: "negative", variant: "score", rules: ["negative-score"], edits: { [cell(n)]: fmtLike(v.raw(n.r, sc.score), -1) }, cells: [cell(n)] });
  const b = pick(0.34);
  push({ kind: "grid-blank-score", gridKind: "blank-score", variant: "score", rules: ["missing-score"], edits: { [cell(b)]: "" }, cells: [cell(b)] });
  if (sc.reason) {
    // a target missed with its reason: the reason blanked
    const withReason = rows.find((x) => x.s.value < x.w.value - 0.005 && v.text(x.r, sc.reason) && !/^(无|\/|—|-|\\)$/.test(v.text(x.r, sc.reason)));
    if (withReason) {
      push({ kind: "grid-missing-reason", gridKind: "missing-reason", variant: "reason-blanked", rules: ["missing-reason"], edits: { [a1(withReason.r, sc.reason)]: "" }, cells: [a1(withReason.r, sc.reason)], anyInRow: withReason.r });
    } else {
      // a full score lowered (its total lowered with it), the reason left empty
      const full = rows.find((x) => Math.abs(x.s.value - x.w.value) < 0.005 && x.w.value >= 2 && !v.text(x.r, sc.reason));
      if (full) {
        const ns = Math.round(full.w.value * 0.8 * 100) / 100;
        const edits = { [cell(full)]: fmtLike(v.raw(full.r, sc.score), ns) };
        if (!Number.isInteger(ns) && full.s.decimals === 0) edits[cell(full)] = String(ns);
        const sum = rels.find((x) => (x.kind === "rows" || x.kind === "rollup") && x.parts.some((p) => p.r === full.r && p.c === sc.score));
        if (sum) edits[a1(sum.total.r, sum.total.c)] = String(Number((sum.total.value - (full.w.value - ns)).toFixed(Math.max(sum.total.decimals, 2))));
        push({ kind: "grid-missing-reason", gridKind: "missing-reason", variant: "score-lowered", rules: ["missing-reason"], edits, cells: [a1(full.r, sc.reason)], anyInRow: full.r });
      }
    }
  }
  return out;
}

/** the score total: a 合计/总分 row's number under a score heading (得分, 自评分 …), 0 < total ≤ 100; null without one */
function scoreTotalOf(v) {
  let sum = null;
  for (let r = 1; r <= v.rows && !sum; r++) {
    if (!/^(合计|总分|总计|得分合计|综合得分|总得分|自评总分|评价总分)/.test(v.rowLabel(r))) continue;
    for (let c = 1; c <= v.cols; c++) {
      const n = v.num(r, c);
      if (n && !n.percent && n.value > 0 && n.value <= 100 && SCORE_HEAD.test(core(v.heading(r, c, 200)))) sum = { total: { r, c, ...n } };
    }
  }
  return sum;
}

/** the grade bands regions are known to use (RULEBOOK §8: G-NAT 90/80/60, G-XJ 90/80/70, G-PK 80/70/60) */
const KNOWN_BANDS = [
  [90, 80, 60],
  [90, 80, 70],
  [80, 70, 60],
];
const BAND_GRADES = ["优", "良", "中", "差"];
/** the grade of a total under lower bounds [优, 良, 中] (inclusive; 差 below the last) */
function gradeUnder(total, mins) {
  const k = mins.findIndex((m) => total >= m - 1e-9);
  return BAND_GRADES[k < 0 ? mins.length : k];
}
/** a grade one band from the national one that no known band set gives the total (else the national neighbour above) */
function oneBandOff(total) {
  const i = BAND_GRADES.indexOf(gradeUnder(total, KNOWN_BANDS[0]));
  const near = [i - 1, i + 1].filter((k) => k >= 0 && k < BAND_GRADES.length).map((k) => BAND_GRADES[k]);
  return near.find((g) => KNOWN_BANDS.every((b) => gradeUnder(total, b) !== g)) ?? near[0];
}

/**
 * Sheets that state no grade: a wrong grade stated for the score total (a 合计/总分 row under a 得分 column), as a
 * header-style line ("评价分值:92.5分 评价等级:差") and as a 自评等级 cell under the table.
 */
function planStatedGradeMutants(v, rels) {
  const out = [];
  if (rels.some((x) => x.kind === "grade")) return out;
  const sum = scoreTotalOf(v);
  if (!sum) return out;
  const total = sum.total.value;
  let last = v.rows;
  while (last > 1 && !(v.g[last - 1] || []).some((x) => x !== null && x !== undefined && String(x).trim())) last--;
  const row = last + 2;
  const wrong = total >= 70 ? "差" : "优";
  out.push({ kind: "grid-grade", gridKind: "grade line", variant: "stated", rules: ["grade-mismatch"], edits: { [a1(row, 1)]: `评价分值:${v.raw(sum.total.r, sum.total.c)}分 评价等级:${wrong}` }, cells: [a1(row, 1)] });
  // one band off (92 → 良, 85 → 中, 75 → 差): the neighbouring grade no known region's bands give, so a flag is due
  // without a printed or chosen band set (85 → 优 is pmkpi's, 75 → 良 too: under assumed bands only info)
  const adjacent = oneBandOff(total);
  out.push({ kind: "grid-grade", gridKind: "grade line, one band off", variant: "stated", rules: ["grade-mismatch"], edits: { [a1(row, 1)]: `评价分值:${v.raw(sum.total.r, sum.total.c)}分 评价等级:${adjacent}` }, cells: [a1(row, 1)] });
  // the grade first, half-width colons, one space between ("评价等级:差 评价分值:92分")
  out.push({ kind: "grid-grade", gridKind: "grade line, grade first", variant: "stated", rules: ["grade-mismatch"], edits: { [a1(row, 1)]: `评价等级:${wrong} 评价分值:${v.raw(sum.total.r, sum.total.c)}分` }, cells: [a1(row, 1)] });
  // in traditional characters, as mirror sites copy them ("評價分值:92分 評價等級:差")
  out.push({ kind: "grid-grade", gridKind: "grade line, traditional", variant: "stated", rules: ["grade-mismatch"], edits: { [a1(row, 1)]: `評價分值:${v.raw(sum.total.r, sum.total.c)}分 評價等級:${{ 优: "優", 差: "差" }[wrong]}` }, cells: [a1(row, 1)] });
  // a closing sentence ("经自评，该项目得分92分，评价等级为“差”。")
  out.push({ kind: "grid-grade", gridKind: "grade in a closing sentence", variant: "stated", rules: ["grade-mismatch"], edits: { [a1(row, 1)]: `经自评，该项目得分${v.raw(sum.total.r, sum.total.c)}分，评价等级为“${wrong}”。` }, cells: [a1(row, 1)] });
  // 自评分值 | 92 | 自评等级 | 差 side by side under the table
  out.push({ kind: "grid-grade", gridKind: "grade beside score", variant: "stated", rules: ["grade-mismatch"], edits: { [a1(row, 1)]: "自评分值", [a1(row, 2)]: v.raw(sum.total.r, sum.total.c), [a1(row, 3)]: "自评等级", [a1(row, 4)]: wrong }, cells: [a1(row, 4)] });
  out.push({ kind: "grid-grade", gridKind: "grade under total", variant: "stated", rules: ["grade-mismatch"], edits: { [a1(row, 1)]: "自评等级", [a1(row, 2)]: wrong }, cells: [a1(row, 2)] });
  return out;
}

/** One broken sequence per numbering style: a number skipped, or one repeated (alternating). */
function planCodeMutants(v) {
  const out = [];
  const perStyle = {};
  for (const run of findCodeRuns(v)) {
    const style = run[0].code.style;
    const k = (perStyle[style] = (perStyle[style] || 0) + 1);
    if (k > 2) continue;
    const x = run[2];
    const variant = k === 1 ? "repeat" : "skip";
    const n = variant === "repeat" ? run[1].code.n : x.code.n + 1;
    out.push({ kind: `grid-code`, gridKind: `code ${style}`, variant, rules: ["code-sequence"], edits: { [a1(x.r, x.c)]: rewriteCode(x.raw, x.code, n) }, cells: [a1(x.r, x.c)] });
  }
  return out;
}

/** Rules whose findings are relation findings. */
const RELATION_RULES = ["total-mismatch", "weight-sum-mismatch", "exec-rate-mismatch", "ratio-mismatch", "grade-mismatch", "rank-mismatch", "completion-note-mismatch", "exec-score-mismatch"];

module.exports = { planGridMutants, scoreTotalOf, findRelations, findCodeRuns, codeOfLabel, rewriteCode, fmtLike, findScoreColumns, View, RELATION_RULES, parseNum, colLetter, parseA1, a1 };
