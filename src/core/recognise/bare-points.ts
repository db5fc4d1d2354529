import type { GroupNode, Indicator } from "../model/types";
import { compact } from "../text/normalize";
import { weightInLabel } from "../text/labels";
import { outsideTheWhole } from "../relations/outside-the-whole";
import { agreesTyped } from "../relations/tolerance";

/**
 * Points written in brackets without 分 at a label's end ("2、产业结构调整(30)" over "受益农户数(15)" and "受益农户比例
 * (15)", where the same table writes "良种推广率(6分)"). A bare number is read as points only with evidence:
 *  (a) another label of the table writes its points as (N分), or
 *  (b) a group's members' bare numbers add up to the group's own points (15 + 15 = (30)).
 * Every unweighted member of the group must carry one; a run 1, 2, 3 … is an enumeration, never points. Never a count
 * ("(3个)": not bare), a year ("(2019)") or a code ("(A01)"). Decimal shares below 1 ("(0.5)" + "(0.5)" under "(0.3)": the
 * children's weights relative to their parent, adding up to 1) are left unread under (a); (b) never holds for them;
 * (c) reads them as the items' weights where one parent's items carry shares adding up to 1 and the table writes no (N分)
 * (its groups' shares unread).
 * For a table without a weight column, after the walk (weights read from the labels and columns are kept).
 */

/** "(15)" right after a name's last character, at the label's end (compact text: brackets ASCII). */
const BARE = /[\u4e00-\u9fa5][(](\d{1,3}(?:\.\d+)?)[)]$/;
/** points never exceed the table's 100 */
const MAX_POINTS = 100;

/** The bare bracketed number at a label's end, or null. */
export function bareBracketNumber(label: string): number | null {
  const c = compact(label);
  if (!c.endsWith(")")) return null;
  const m = BARE.exec(c);
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 && n <= MAX_POINTS ? n : null;
}

/**
 * (table54) A group's points in brackets without 分 before its name ("(10)绩效目标" beside "(10分)科学决策" under
 * "(20分)项目决策"): numbering looks the same ("(1)资金管理"), so read only where a group label of the table writes its
 * points there with 分 ("(N分)name"), by readBareGroupPoints' evidence.
 */
const LEADING_BARE = /^[(](\d{1,3})[)][\u4e00-\u9fa5]/;
const LEADING_POINTS = /^[(]\d{1,3}(?:\.\d+)?分[)][\u4e00-\u9fa5]/;

/** The bare bracketed number before a label's name, or null. */
function leadingBareNumber(label: string): number | null {
  const m = LEADING_BARE.exec(compact(label));
  const n = m ? Number(m[1]) : 0;
  return n > 0 && n <= MAX_POINTS ? n : null;
}

type Member = { kind: "group"; node: GroupNode; label: string } | { kind: "indicator"; node: Indicator; label: string };

function members(g: GroupNode): Member[] {
  const out: Member[] = [];
  for (const c of g.children) out.push({ kind: "group", node: c, label: c.label });
  for (const i of g.indicators) out.push({ kind: "indicator", node: i, label: i.name });
  return out;
}

const weightOf = (m: Member): number | null => m.node.weight;
const unweighted = (m: Member): boolean => m.node.weight === null && !(m.kind === "indicator" && m.node.notApplicable);

/** 1, 2, 3 … in order: a numbering, not points. */
function enumeration(values: number[]): boolean {
  return values.length >= 2 && values.every((v, i) => v === i + 1);
}

function setWeight(m: Member, value: number): void {
  if (m.kind === "indicator") {
    const ind = m.node;
    ind.weight = value;
    ind.weightCell = ind.nameCell;
    ind.weightSource = "label";
  } else {
    const g = m.node;
    g.weight = value;
    g.weightCell = g.cell;
    g.name = g.name.replace(/\(\d{1,3}(?:\.\d+)?%?\)$/, "").replace(/^\(\d{1,3}\)(?=[\u4e00-\u9fa5])/, "");
  }
}

/** The bare points of every unweighted member of a list when each has one (null when not, or when they enumerate). */
function bareOfAll(ms: Member[]): Map<Member, number> | null {
  // (a 扣分项 / 加分项 block stating no points of its own is outside the list's convention)
  const todo = ms.filter((m) => unweighted(m) && !(m.kind === "group" && outsideTheWhole(m.node) && bareBracketNumber(m.label) === null));
  if (!todo.length) return null;
  const out = new Map<Member, number>();
  for (const m of todo) {
    const n = bareBracketNumber(m.label);
    if (n === null) return null;
    out.set(m, n);
  }
  return enumeration([...out.values()]) ? null : out;
}

export function readBareLabelPoints(groups: GroupNode[], indicators: Indicator[]): void {
  const all: GroupNode[] = [];
  const collect = (gs: GroupNode[]) => gs.forEach((g) => (all.push(g), collect(g.children)));
  collect(groups);
  // cheap test first: a label with a bare bracketed number at its end
  if (!all.some((g) => g.weight === null && bareBracketNumber(g.label) !== null) && !indicators.some((i) => i.weight === null && bareBracketNumber(i.name) !== null)) return;
  const pointsWritten = all.some((g) => weightInLabel(g.label) !== null) || indicators.some((i) => weightInLabel(i.name) !== null);
  const lists: { parent: GroupNode | null; ms: Member[] }[] = [{ parent: null, ms: groups.map((g) => ({ kind: "group" as const, node: g, label: g.label })) }];
  for (const g of all) lists.push({ parent: g, ms: members(g) });
  // (b) first: a group's bare points and its members' adding up to them (the group's own read with them)
  const unsettled: { parent: GroupNode; own: number; bare: Map<Member, number> }[] = [];
  let settled = 0;
  for (const { parent, ms } of lists) {
    if (!parent) continue;
    const own = parent.weight ?? bareBracketNumber(parent.label);
    const bare = bareOfAll(ms);
    if (own === null || !bare) continue;
    let sum = 0;
    for (const m of ms) sum += bare.get(m) ?? weightOf(m) ?? 0;
    if (!agreesTyped(own, sum)) {
      unsettled.push({ parent, own, bare });
      continue;
    }
    settled++;
    if (parent.weight === null) setWeight({ kind: "group", node: parent, label: parent.label }, own);
    for (const [m, n] of bare) setWeight(m, n);
  }
  // (b') the table's convention (cov49): where its groups' bare numbers add up to their members' in as many lists as do
  // not — one slip counted once, and one line's slip breaks two lists, its own and its parent's — the bare numbers are the
  // table's points in every list, the lists that do not add up included: that is the slip the weight rollup then reports
  // (as (d) reads groups over members weighted otherwise). Whole points only (a share below 1 is relative).
  if (settled && unsettled.length) bareByConvention(unsettled, settled);
  // (d) groups over members weighted otherwise (their rules' opening points, "(14分)查阅资料…"): bare-points-over-weighted
  readBareOverWeighted(groups);
  // (c) decimal shares of one parent adding up to 1 ("1.1.1 问题与对象(0.5)" + "1.1.2 总目标与分目标(0.5)"): the items'
  // relative weights. Items only: a group's share is of its own parent, never the sum of its members' shares, so no
  // group is given one (no group sum is checked against shares). Only where the table writes no points (N分) and no
  // item is scored above its share (points given on another scale: the shares are not what the scores are out of)
  for (const { parent, ms } of pointsWritten ? [] : lists) {
    if (!parent || ms.length < 2 || ms.some((m) => m.kind !== "indicator" || !unweighted(m))) continue;
    const bare = bareOfAll(ms);
    if (!bare || [...bare].some(([m, n]) => n >= 1 || (m.kind === "indicator" && (m.node.claimedScore ?? 0) > n))) continue;
    let sum = 0;
    for (const n of bare.values()) sum += n;
    if (!agreesTyped(1, sum)) continue;
    for (const [m, n] of bare) setWeight(m, n);
  }
  // (a) the table writes its points as (N分) elsewhere: whole numbers of points in brackets are points too
  if (!pointsWritten) return;
  for (const { ms } of lists) {
    const bare = bareOfAll(ms);
    if (!bare || [...bare.values()].some((n) => n < 1)) continue;
    for (const [m, n] of bare) setWeight(m, n);
  }
}

/**
 * (b') of readBareLabelPoints (cov49): the lists whose bare numbers do not add up to their parent's, read as points all
 * the same where the table's other lists show the convention — `settled` lists adding up, at least as many as the slips
 * the unsettled ones make. A group whose own number is off breaks two lists (its members' sum against it, and its parent's
 * sum over it): the two are one slip. Every number at least 1 (shares are relative), the parent's own included.
 */
function bareByConvention(unsettled: { parent: GroupNode; own: number; bare: Map<Member, number> }[], settled: number): void {
  const broken = new Set(unsettled.map((u) => u.parent));
  let slips = unsettled.length;
  for (const u of unsettled) for (const m of u.bare.keys()) if (m.kind === "group" && broken.has(m.node)) slips--;
  if (settled < slips) return;
  for (const u of unsettled) {
    if (u.own < 1 || [...u.bare.values()].some((n) => n < 1)) continue;
    if (u.parent.weight === null) setWeight({ kind: "group", node: u.parent, label: u.parent.label }, u.own);
    for (const [m, n] of u.bare) if (unweighted(m)) setWeight(m, n);
  }
}

/**
 * Groups whose points are written in brackets without 分 over items weighted in a 分值 column ("一、组织领导坚强有力(6)"
 * over 分值 2 | 1 | 1 | 1 | 1, "二、宣传教育广泛深入(5)" below it: a rule form's convention for every group). The items'
 * points are in their column, so the groups' bare numbers are read as points where every unweighted group of one list
 * (the 一级 groups, or one group's 二级 ones) carries one, at least 1 (a share below 1 is relative), not a run 1, 2, 3 …
 * (a numbering), and — unless another label of the table writes its points (N分) — one of them at least covers its
 * largest item (a count or a mark below every item's points is no group's points). Their sums are not asked to hold:
 * that is what the weight rollup then checks, a slip in one group included. The number may stand before the name
 * ("(10)绩效目标") where a group label of the table writes its points there with 分 (LEADING_POINTS).
 * For a table with a weight column, after the walk.
 */
export function readBareGroupPoints(groups: GroupNode[], indicators: Indicator[]): void {
  // cheap test first: a group label with a bare bracketed number at its end (or before its name)
  const any = (gs: GroupNode[]): boolean => gs.some((g) => (g.weight === null && (bareBracketNumber(g.label) !== null || leadingBareNumber(g.label) !== null)) || any(g.children));
  if (!any(groups)) return;
  const all: GroupNode[] = [];
  const collect = (gs: GroupNode[]) => gs.forEach((g) => (all.push(g), collect(g.children)));
  collect(groups);
  const pointsWritten = all.some((g) => weightInLabel(g.label) !== null) || indicators.some((i) => weightInLabel(i.name) !== null);
  const leading = all.some((g) => LEADING_POINTS.test(compact(g.label)));
  const bareOf = (label: string) => bareBracketNumber(label) ?? (leading ? leadingBareNumber(label) : null);
  const largestItem = (g: GroupNode): number => Math.max(0, ...g.indicators.map((i) => i.weight ?? 0), ...g.children.map(largestItem));
  const readList = (gs: GroupNode[]) => {
    // (a 扣分项 / 加分项 block outside the whole may state no points of its own: the other groups' convention holds without it)
    const todo = gs.filter((g) => g.weight === null && (bareOf(g.label) !== null || !outsideTheWhole(g)));
    const bare = todo.map((g) => bareOf(g.label));
    if (todo.length && bare.every((n) => n !== null && n >= 1) && !enumeration(bare as number[]) && (pointsWritten || todo.some((g, k) => bare[k]! >= largestItem(g)))) {
      todo.forEach((g, k) => setWeight({ kind: "group", node: g, label: g.label }, bare[k]!));
    }
    for (const g of gs) readList(g.children);
  };
  readList(groups);
}

/**
 * A group's points stated twice: bare in brackets in its label ("一、组织领导(38)") and in its own 分值 column beside it
 * (38). The bracketed number is read as points where the groups of its list show the convention: every group of the list
 * weighted in its column carries a bare number, the numbers are no run 1, 2, 3 …, and as many of them at least as
 * disagree with their column agree with it (one at least). A label that then disagrees with its column is recorded
 * (labelPoints) and checked against the group's parts as its column is (relations/tree.ts): the statement that does not
 * add up is the one reported. A lone group, a count or mark beside points that match none ("(3)" over 20), or numbers that
 * disagree more often than they agree: not read. "(3项)", "(2021年)" are no bare numbers.
 * For a table with a weight column, after the walk (after readBareGroupPoints: a group weighted from its label is not
 * weighted in a column).
 */
export function readBarePointsBesideColumn(groups: GroupNode[]): void {
  // cheap test first: a group weighted in a column of its own whose label ends in a bare bracketed number
  const any = (gs: GroupNode[]): boolean => gs.some((g) => inColumn(g) || any(g.children));
  if (!any(groups)) return;
  const readList = (gs: GroupNode[]) => {
    const weighted = gs.filter((g) => g.weight !== null && g.weightCell !== null && g.weightCell !== g.cell);
    const bare = weighted.map((g) => bareBracketNumber(g.label));
    if (weighted.length && bare.every((n) => n !== null) && !enumeration(bare as number[])) {
      const agree = weighted.filter((g, k) => agreesTyped(g.weight!, bare[k]!)).length;
      const disagree = weighted.length - agree;
      if (disagree && agree >= disagree) {
        for (let k = 0; k < weighted.length; k++) if (bare[k] !== weighted[k].weight) weighted[k].labelPoints = { value: bare[k]!, cell: weighted[k].cell };
      }
    }
    for (const g of gs) readList(g.children);
  };
  readList(groups);
}

/** weighted in a column of its own (not its label), its label ending in a bare bracketed number */
const inColumn = (g: GroupNode): boolean => g.weight !== null && g.weightCell !== null && g.weightCell !== g.cell && bareBracketNumber(g.label) !== null;

/**
 * (d) of readBareLabelPoints: a list of groups (the 一级 groups, or one group's 二级 ones) whose labels each end in a bare
 * bracketed number ("1.组织领导(39)", "2.制度建设(61)"), over members all weighted otherwise (items' points read from their
 * rules, no 分值 column): the numbers are the groups' points where as many of the groups at least add up to them as do
 * not (one at least) — a slip in one group is then what the rollup reports. Not a run 1, 2, 3 …, none below 1; a 加分项 /
 * 扣分项 block stating none stays out of the list. Inner lists first (a group's own members may be such groups).
 */
function readBareOverWeighted(gs: GroupNode[]): void {
  for (const g of gs) readBareOverWeighted(g.children);
  const todo = gs.filter((g) => g.weight === null && !(outsideTheWhole(g) && bareBracketNumber(g.label) === null));
  if (!todo.length) return;
  // (the list's groups with bare numbers, those (b) weighted by theirs included: each judged by its members' sum)
  const list = gs.filter((g) => g.weight === null || g.weight === bareBracketNumber(g.label));
  const bare = list.map((g) => bareBracketNumber(g.label));
  if (todo.some((g) => bareBracketNumber(g.label) === null) || bare.some((n) => n !== null && n < 1) || enumeration(bare.filter((n): n is number => n !== null))) return;
  const sumOf = (g: GroupNode): number | null => {
    let sum = 0;
    for (const i of g.indicators) {
      if (i.weight === null) return null;
      sum += i.weight;
    }
    for (const c of g.children) {
      if (c.weight === null) return null;
      sum += c.weight;
    }
    return g.indicators.length + g.children.length ? sum : null;
  };
  let agree = 0;
  let disagree = 0;
  list.forEach((g, k) => {
    const sum = bare[k] === null ? null : sumOf(g);
    if (sum === null) return;
    if (agreesTyped(bare[k]!, sum)) agree++;
    else disagree++;
  });
  if (agree === 0 || agree < disagree) return;
  for (const g of todo) setWeight({ kind: "group", node: g, label: g.label }, bareBracketNumber(g.label)!);
}

/** "(6%)" right after a name (its last character a CJK one or a closing bracket or quote), at the label's end. */
const PERCENT_AT_END = /[\u4e00-\u9fa5)」』”][(](\d{1,3}(?:\.\d+)?)%[)]$/;

/** The bracketed percentage at a label's end ("推展會展活動(6%)" → 6), or null. */
export function bracketPercent(label: string): number | null {
  const c = compact(label);
  if (!c.endsWith("%)")) return null;
  const m = PERCENT_AT_END.exec(c);
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 && n <= MAX_POINTS ? n : null;
}

/** Groups whose percentages their members' add up to that a table shows before its percentages are read as weights. */
const PERCENT_GROUPS = 2;

/**
 * Weights written as percentages at the labels' end ("輔導服務業發展…(25%)" over "推展會展活動(6%)", "輔導地方特色產業
 * (4%)" …: a 施政計畫's 策略績效目標 and 衡量指標 with their weights). A bracketed percentage is more often a target
 * ("覆盖率(95%)") than a weight, so it is read as one only where the table shows it: in two groups at least, the group's
 * percentage is the sum of its members' (every unweighted member carrying one: 25 = 6 + 4 + 4 + 4 + 4 + 3, 10 = 5 + 5).
 * Then every list whose parent and unweighted members all carry one is read (a group cut off by the excerpt, 25 over
 * 7 + 5, included: its sum is the weight rollup's to check). Not where a label writes points (N分): the table's weights
 * are its points then. For a table without a weight column, after the walk.
 */
export function readPercentLabelWeights(groups: GroupNode[], indicators: Indicator[]): void {
  // cheap test first: an unweighted group label with a percentage at its end
  const all: GroupNode[] = [];
  const collect = (gs: GroupNode[]) => gs.forEach((g) => (all.push(g), collect(g.children)));
  collect(groups);
  if (!all.some((g) => g.weight === null && bracketPercent(g.label) !== null)) return;
  if (all.some((g) => weightInLabel(g.label) !== null) || indicators.some((i) => weightInLabel(i.name) !== null)) return;
  const lists: { parent: GroupNode; ms: Member[]; own: number; shares: Map<Member, number> }[] = [];
  let adding = 0;
  for (const g of all) {
    const own = g.weight === null ? bracketPercent(g.label) : null;
    const ms = members(g);
    if (own === null || !ms.length) continue;
    const shares = new Map<Member, number>();
    let sum = 0;
    for (const m of ms) {
      const n = unweighted(m) ? bracketPercent(m.label) : null;
      if (n === null) break;
      shares.set(m, n);
      sum += n;
    }
    if (shares.size !== ms.length || enumeration([...shares.values()])) continue;
    lists.push({ parent: g, ms, own, shares });
    if (ms.length >= 2 && agreesTyped(own, sum)) adding++;
  }
  if (adding < PERCENT_GROUPS) return;
  for (const { parent, own, shares } of lists) {
    setWeight({ kind: "group", node: parent, label: parent.label }, own);
    for (const [m, n] of shares) setWeight(m, n);
  }
}
