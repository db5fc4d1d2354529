import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { proseText } from "../../src/core/recognise/prose-rates";

/**
 * grad50a (session 50): the prose 其中 lists of the real sheets, printed again in the class's other shapes. Sources: every
 * real sheet's prose cell (test/fixtures/real, never validation) holding a whole in money right before 其中 (a comma, a
 * colon, a stop, the whole's own rate or a bracket of words between) and its parts, each a name and an amount in the
 * whole's unit, up to the sentence's end, two parts or more, whose parts add up to the whole (read here by this file's own
 * plain reader, not the engine's) — or the two slips graduated in session 50 (parts above the whole; parts short of a
 * whole they name both halves of). Each source is printed as `${whole}${amount},其中:${name}${amount}…。` in each SHAPE;
 * a print of a list that adds up must flag nothing, a slip print (one part raised: the parts above the whole; one part
 * lowered: short of it) must be flagged total-mismatch where the list is complete (three parts or more, or two halves),
 * and a list short of its whole with two parts that are not halves must not.
 */

export interface Part {
  name: string;
  digits: string;
}
export interface ListSource {
  id: string;
  cell: string;
  whole: string;
  digits: string;
  unit: string;
  parts: Part[];
}

const DIR = join(__dirname, "..", "fixtures", "real");
const AMOUNT = "(\\d+(?:\\.\\d+)?)(亿元|万元|元|万|亿)";
const WHOLE = new RegExp(`([\\u4e00-\\u9fa5()“”"]{2,24}?)${AMOUNT}(?:[,:。;]?[\\u4e00-\\u9fa5]{0,8}率\\d+(?:\\.\\d+)?%|\\([^()\\d]{1,20}\\))?[,:。;]*其中[,:]?`, "g");
const PART = new RegExp(`^(?:包括)?([^\\d,;、:]*?[\\u4e00-\\u9fa5)])(?:为|是|:)?${AMOUNT}(?:,?[\\u4e00-\\u9fa5]{0,8}率\\d+(?:\\.\\d+)?%)?$`);
const unitOf = (u: string) => (u === "万" ? "万元" : u === "亿" ? "亿元" : u);
const dec = (d: string) => (d.indexOf(".") < 0 ? 0 : d.length - d.indexOf(".") - 1);

/** the sources (sorted by file; one list per whole) */
export function listSources(): ListSource[] {
  const out: ListSource[] = [];
  for (const f of readdirSync(DIR).sort()) {
    if (!f.endsWith(".json") || f.endsWith(".truth.json")) continue;
    const c = JSON.parse(readFileSync(join(DIR, f), "utf8")) as { id: string; grid: unknown[][] };
    c.grid.forEach((row, r) =>
      row.forEach((v, k) => {
        if (typeof v !== "string" || v.indexOf("其中") < 0) return;
        const text = proseText(v);
        WHOLE.lastIndex = 0;
        for (let m = WHOLE.exec(text); m; m = WHOLE.exec(text)) {
          const end = text.indexOf("。", WHOLE.lastIndex);
          if (end < 0) continue;
          const list = text.slice(WHOLE.lastIndex, end);
          if (list.indexOf("其中") >= 0) continue;
          const parts: Part[] = [];
          let ok = true;
          for (const seg of list.split(/[,;、]/)) {
            if (/^[\u4e00-\u9fa5]{0,8}率\d/.test(seg)) continue;
            const p = PART.exec(seg);
            if (!p || unitOf(p[3]) !== unitOf(m[3])) {
              ok = false;
              break;
            }
            parts.push({ name: p[1], digits: p[2] });
          }
          if (!ok || parts.length < 2) continue;
          const sum = parts.reduce((a, p) => a + Number(p.digits), 0);
          const d = Math.max(dec(m[2]), ...parts.map((p) => dec(p.digits)));
          const holds = Math.abs(sum - Number(m[2])) < 0.5 * 10 ** -d + 1e-9;
          const slip = SLIPS.includes(`${c.id}@${String.fromCharCode(65 + k)}${r + 1}`);
          if (!holds && !slip) continue;
          out.push({ id: c.id, cell: `${String.fromCharCode(65 + k)}${r + 1}`, whole: m[1].replace(/^.*[,;:]/, ""), digits: m[2], unit: unitOf(m[3]), parts });
        }
      }),
    );
  }
  return out;
}
/** the graduated slips (session 50): their truths' inconsistencies */
export const SLIPS = ["ah-shouxian-media-center-central-transfer-selfeval-report-2019-excerpt@A6", "fj-fuzhou-direct-funds-allocation-payment-2021-01-08-trad@A3"];

const toTrad = Converter({ from: "cn", to: "tw" });
/** a pinyin gloss after each 资 / 达 / 预 / 额 / 项 (as the mirror prints them) */
const GLOSS: Record<string, string> = { 資: "(zī)", 達: "(dá)", 預: "(yù)", 額: "(é)", 項: "(xiàng)", 資金: "" };
export const SHAPES: Record<string, (s: ListSource, parts: Part[]) => string> = {
  comma: (s, ps) => `${s.whole}${s.digits}${s.unit},其中${ps.map((p) => p.name + p.digits + s.unit).join(",")}。`,
  semicolon: (s, ps) => `${s.whole}${s.digits}${s.unit},其中:${ps.map((p) => p.name + p.digits + s.unit).join(";")}。`,
  "full-width": (s, ps) => `${s.whole}${s.digits}${s.unit}，其中：${ps.map((p) => p.name + p.digits + s.unit).join("；")}。`,
  enumeration: (s, ps) => `${s.whole}${s.digits}${s.unit},其中${ps.map((p) => p.name + p.digits + s.unit).join("、")}。`,
  "rate after each": (s, ps) => `${s.whole}${s.digits}${s.unit},执行率99.5%。其中:${ps.map((p, i) => `${p.name}${p.digits}${s.unit},执行率${99 - i}%`).join(";")}。`,
  "traditional + glosses + doubled marks": (s, ps) => {
    const t = toTrad(`${s.whole}${s.digits}${s.unit},,分配率99.5%,。其中:${ps.map((p, i) => `${p.name}${p.digits}${s.unit},,分配率${99 - i}.5%,`).join(";")}。`);
    return t.replace(/[資達預額項]/g, (ch) => ch + GLOSS[ch]);
  },
  "spaces in words": (s, ps) => `${s.whole.replace(/^(.)(.)/, "$1 $2")}${s.digits} ${s.unit},其中:${ps.map((p) => (p.name.length > 2 ? p.name.slice(0, 2) + " " + p.name.slice(2) : p.name) + p.digits + s.unit).join(";")}。`,
  "no colon, stop before 其中": (s, ps) => `${s.whole}${s.digits}${s.unit}。其中${ps.map((p) => p.name + p.digits + s.unit).join(",")}。`,
};
export const SHAPE_NAMES = Object.keys(SHAPES);

/** the amount with its last shown digit moved by `by` units (a slip); the same decimals */
function moved(digits: string, by: number): string {
  const d = dec(digits);
  const v = Number(digits) + by * 10 ** -d * Math.max(1, Math.round(Number(digits) * 10 ** d * 0.05));
  return v.toFixed(d);
}

const TITLE = "某县2023年度项目支出绩效自评报告";
export function flagsOf(line: string): string[] {
  return review(Grid.fromValues("Sheet1", [[TITLE], [line]], []), "national")
    .findings.filter((f) => f.severity !== "info" && f.rule === "total-mismatch")
    .map((f) => `${f.rule}@${f.cell}`);
}

/** complete: three parts or more, or two halves (the engine's vocabulary: complete-parts.ts) */
export interface Measure {
  prints: number;
  clean: number;
  over: number;
  overFlagged: number;
  short: number;
  shortFlagged: number;
  failures: string[];
}

export function measureShapes(sources: ListSource[], complete: (s: ListSource) => boolean): Measure {
  const m: Measure = { prints: 0, clean: 0, over: 0, overFlagged: 0, short: 0, shortFlagged: 0, failures: [] };
  for (const s of sources) {
    // (the source as it adds up: a slip source's whole set to its parts' sum)
    const d = Math.max(dec(s.digits), ...s.parts.map((p) => dec(p.digits)));
    const base: ListSource = { ...s, digits: s.parts.reduce((a, p) => a + Number(p.digits), 0).toFixed(d) };
    for (const name of SHAPE_NAMES) {
      const shape = SHAPES[name];
      m.prints++;
      const f0 = flagsOf(shape(base, base.parts));
      if (f0.length === 0) m.clean++;
      else m.failures.push(`${s.id} ${name}: flagged as it adds up`);
      // (one part raised: above the whole — an error whatever the list leaves out)
      const up = base.parts.map((p, i) => (i === base.parts.length - 1 ? { ...p, digits: moved(p.digits, 1) } : p));
      m.over++;
      if (flagsOf(shape(base, up)).includes("total-mismatch@A2")) m.overFlagged++;
      else m.failures.push(`${s.id} ${name}: parts above the whole missed`);
      // (one part lowered: short of the whole — flagged where the list is complete, else not)
      const down = base.parts.map((p, i) => (i === base.parts.length - 1 ? { ...p, digits: moved(p.digits, -1) } : p));
      const shortFlag = flagsOf(shape(base, down)).includes("total-mismatch@A2");
      if (complete(base)) {
        m.short++;
        if (shortFlag) m.shortFlagged++;
        else m.failures.push(`${s.id} ${name}: complete list short of its whole missed`);
      } else if (shortFlag) m.failures.push(`${s.id} ${name}: a list that may leave a part out flagged short`);
    }
  }
  return m;
}
