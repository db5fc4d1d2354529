/**
 * A rubric printed twice in one document (a 考核方案 pasted one paragraph per row): first a summary list of its indicators
 * with their points ('一、考核指标及分数设定' over '(一)村两委重视20分', '(二)人口方案执行80分', …), then each indicator's
 * 评分标准 section headed by its name and points over its parts ('二、评分标准' over '(一)村两委重视(20分)' over '…计8分;',
 * '2、…记12分'). The summary's lines are no indicators: each states the points of a section printed below (or above), and
 * the two statements must agree. The whole the points add up to is stated in the document's words — 千分制, 百分制, 满分N分,
 * 总分N分 — before the list or in its heading.
 *
 * The evidence: three sibling lines at least, each nothing but a name and its points (no rule, nothing under it), two of
 * them at least naming a section elsewhere in the list (a line with lines or paragraphs under it) that states points of
 * its own, the named sections in the summary's order. Names match as written, one inside the other where the shorter
 * has four characters or more ('村两委重视' | '村两委重视情况'). Pure: the outline is given, nothing is read here.
 */

/** One line of a pasted outline as the summary reading needs it. */
export interface OutlineEntry {
  row: number;
  /** the line's text with its code left off ('村两委重视20分') */
  text: string;
  /** the row of the line it is under (null at the top of the outline) */
  parentRow: number | null;
  /** lines or paragraphs under it (a section), else none */
  under: boolean;
  /** the points the line states of its own where the outline read them */
  points: number | null;
}

export interface SummaryLine {
  row: number;
  name: string;
  points: number;
  /** the row of the section it names, where one is found */
  sectionRow: number | null;
}

/**
 * A line that is a name and its points and nothing else: '村两委重视20分', '村两委重视(20分)', '村两委重视:20分',
 * '村两委重视，20分。', '村两委重视(计20分)' (compact text: brackets half-width). The name has no figure or clause in it, does
 * not end on a scoring verb ('…的得20分' is a rule's award) and states no condition ('…合格率达到90分' is a requirement).
 */
const NAME_AND_POINTS = /^([^,，。;；:：()\d%％]{2,24}?)(?:[:：,，]?(\d{1,4}(?:\.\d+)?)分|\((?:计|记|共|满分|分值)?(\d{1,4}(?:\.\d+)?)分\))[。.;；,，、]?$/;
const SCORING_VERB_END = /[得计记扣减加给占为的]$/;
/** a requirement's condition, not a name: '合格率达到90分', '考核成绩在80分以上' */
const CONDITION = /达到|以上|以下|以内|不低于|不少于|超过|低于|高于|不足|在$/;
const MIN_SUMMARY_LINES = 3;
const MIN_NAMED_SECTIONS = 2;
const MIN_CONTAINED_NAME = 4;

/** The name and points of a line that is nothing else, or null. */
export function nameAndPoints(text: string): { name: string; points: number } | null {
  const m = NAME_AND_POINTS.exec(text);
  if (!m || SCORING_VERB_END.test(m[1]) || CONDITION.test(m[1])) return null;
  return { name: m[1], points: Number(m[2] ?? m[3]) };
}

const sameName = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= MIN_CONTAINED_NAME && (a.includes(b) || b.includes(a)));

/**
 * The summary list of a rubric printed twice, or null: its lines (sibling lines, in order) with the section each names.
 * Where several runs of siblings qualify, the first.
 */
export function rubricSummary(entries: readonly OutlineEntry[]): SummaryLine[] | null {
  // runs of siblings that are a name and points each, nothing under them
  const byParent = new Map<number | null, OutlineEntry[]>();
  for (const e of entries) {
    const list = byParent.get(e.parentRow);
    if (list) list.push(e);
    else byParent.set(e.parentRow, [e]);
  }
  for (const siblings of byParent.values()) {
    let run: { e: OutlineEntry; name: string; points: number }[] = [];
    const runs: (typeof run)[] = [];
    for (const e of siblings) {
      const np = !e.under ? nameAndPoints(e.text) : null;
      if (np) run.push({ e, ...np });
      else {
        if (run.length) runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
    for (const r of runs) {
      if (r.length < MIN_SUMMARY_LINES) continue;
      const inRun = new Set(r.map((x) => x.e.row));
      const sections = entries.filter((e) => e.under && e.points !== null && !inRun.has(e.row));
      let lastSection = -1;
      let named = 0;
      const out: SummaryLine[] = r.map((x) => {
        const s = sections.find((e) => {
          const np = nameAndPoints(e.text);
          return !!np && sameName(np.name, x.name);
        });
        // (in the summary's order: a section named out of order is no evidence)
        if (s && s.row > lastSection) {
          lastSection = s.row;
          named++;
          return { row: x.e.row, name: x.name, points: x.points, sectionRow: s.row };
        }
        return { row: x.e.row, name: x.name, points: x.points, sectionRow: null };
      });
      if (named >= MIN_NAMED_SECTIONS) return out;
    }
  }
  return null;
}

/** A scale the points add up to, named ('千分制', '百分制'), not one converted to ('折算为百分制'). */
const SCALE = /([千百])分制/g;
const CONVERTED_BEFORE = /(?:折算|换算|折合|转换|按)(?:成|为)?$/;
/** A whole stated with its figure: '满分1000分', '总分100分', '总分值为100分' (not a part's '满分5分': two figures at least). */
const WHOLE_FIGURE = /(?:满分|总分值?|总计)(?:为|是)?(\d{3,4})分/;

/**
 * The whole a rubric's points add up to as a text states it ('全年累积总分(千分制)=…', '实行百分制考核', '满分1000分'), or
 * null. A scale converted to ('折算为百分制') is none.
 */
export function statedWhole(text: string): number | null {
  SCALE.lastIndex = 0;
  for (let m = SCALE.exec(text); m; m = SCALE.exec(text)) {
    if (CONVERTED_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    return m[1] === "千" ? 1000 : 100;
  }
  const f = WHOLE_FIGURE.exec(text);
  return f ? Number(f[1]) : null;
}
