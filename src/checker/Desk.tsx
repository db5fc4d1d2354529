import * as React from "react";
import { Button, Checkbox, Input, mergeClasses, ProgressBar, Select } from "@fluentui/react-components";
import { buildSummaryWorkbook, countsInAverages, familyName, findingRows, ruleTitle, severityName, sheetLabel, SummaryFileInput, SummaryRow, summaryRows, summaryStats } from "../core/summary";
import type { Lang } from "../taskpane/i18n";
import { ScoreScatter } from "./Chart";
import { DeskFilter, DeskSort, DeskSortKey, filterDeskRows, NO_FILTER, sortDeskRows } from "./desk-table";
import { DESK_STRINGS, DeskStrings, fill } from "./desk-strings";
import type { Reviewer } from "./review-client";
import { inThreadReviewer } from "./in-thread-reviewer";
import { useCheckerStyles } from "./styles";

/** A workbook handed to the desk: the file and its path relative to the folder chosen. */
export interface DeskInput {
  file: File;
  path: string;
}

interface Entry extends DeskInput {
  id: number;
  outcome: SummaryFileInput | null;
}

export type DeskRow = SummaryRow & { entryId: number };

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** The files of a FileList worth reviewing (.xlsx, not Excel's ~$ lock files), with their folder-relative paths. */
export function deskInputs(list: FileList | File[]): DeskInput[] {
  return Array.from(list)
    .filter((f) => WORKBOOK.test(f.name) && !f.name.startsWith("~$") && !f.name.startsWith("."))
    .map((f) => ({ file: f, path: (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The default reviewer: a Web Worker in the browser, the main thread where there is none (jsdom). */
async function defaultReviewer(): Promise<Reviewer> {
  if (typeof Worker === "undefined") return inThreadReviewer();
  const { workerReviewer } = await import("./review-client");
  return workerReviewer();
}

function save(bytes: Uint8Array, name: string) {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the object URL is released with the page; a download in flight must not lose it
}

const PRINT_CSS = `
@media print {
  body * { visibility: hidden !important; }
  [data-print-area], [data-print-area] * { visibility: visible !important; }
  [data-print-area] { position: absolute; left: 0; top: 0; width: 100%; }
  [data-print-area] button { display: none !important; }
  [data-print-area] table { border-collapse: collapse; width: 100%; }
  [data-print-area] th, [data-print-area] td { border: 1px solid #000; padding: 2px 4px; font-size: 10pt; }
}`;

const num = (n: number | null) => (n === null ? "" : String(n));
const signed = (n: number | null) => (n === null ? "" : n > 0 ? `+${n}` : String(n));

/** One sheet's findings, laid out for paper (@media print shows only this). */
function PrintView({ entry, row, s, lang, onClose }: { entry: Entry; row: DeskRow; s: DeskStrings; lang: Lang; onClose: () => void }) {
  const cls = useCheckerStyles();
  const l = lang === "en-US" ? "en" : "zh";
  // (forms stacked on a sheet: the row's own form)
  const sheet = entry.outcome?.sheets.find((x) => x.sheet === row.sheet && x.rows?.from === row.rows?.from);
  const findings = sheet?.findings ?? [];
  return (
    <section data-print-area data-testid="print-view" aria-label={s.printTitle} className={cls.printArea}>
      <h2 className={cls.printTitle}>
        {s.printTitle}
        {lang === "en-US" ? ": " : "："}
        {row.projectName ?? row.sheet}
      </h2>
      <p className={cls.printMeta}>
        {row.unit ?? ""} · {row.file} · {sheetLabel(row, l)} · {familyName(row.family, l)} · {s.cols.claimed} {num(row.claimed) || "—"} · {s.cols.computed} {num(row.computed) || "—"}
      </p>
      <div className={cls.printButtons}>
        <Button onClick={() => window.print()}>{s.print}</Button>
        <Button onClick={onClose}>{s.printClose}</Button>
      </div>
      {findings.length === 0 ? (
        <p>{s.printNone}</p>
      ) : (
        <table className={cls.printTable}>
          <thead>
            <tr>
              <th scope="col">{s.printCols.cell}</th>
              <th scope="col">{s.printCols.severity}</th>
              <th scope="col">{s.printCols.rule}</th>
              <th scope="col">{s.printCols.message}</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f, i) => (
              <tr key={i}>
                <td>{f.cell}</td>
                <td>{severityName(f.severity, l)}</td>
                <td>{ruleTitle(f.rule, l)}</td>
                <td>{l === "en" && f.messageEn ? f.messageEn : f.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const COLS: DeskSortKey[] = ["file", "unit", "projectName", "family", "claimed", "computed", "diff", "claimedGrade", "computedGrade", "errors", "warnings"];
const NUMERIC = new Set<DeskSortKey>(["claimed", "computed", "diff", "errors", "warnings"]);

/**
 * The reviewer's desk: many workbooks reviewed off the main thread, one row per evaluation sheet (unit, project,
 * self-score, re-check, 差额, grades, findings), sortable and filterable, grade counts and a score chart above it,
 * the summary workbook exported from the page and one sheet's findings printable. `batch` hands it new files.
 */
export function Desk({ lang, batch, onOpen, makeReviewer = defaultReviewer }: { lang: Lang; batch: { seq: number; inputs: DeskInput[] } | null; onOpen: (file: File, sheet: string, cell: string | null) => void; makeReviewer?: () => Promise<Reviewer> }) {
  const cls = useCheckerStyles();
  const s = DESK_STRINGS[lang];
  const l = lang === "en-US" ? "en" : "zh";
  const [entries, setEntries] = React.useState<Entry[]>([]);
  const [progress, setProgress] = React.useState<{ done: number; total: number; running: boolean; cancelled: number }>({ done: 0, total: 0, running: false, cancelled: 0 });
  const [sort, setSort] = React.useState<DeskSort>({ key: "file", dir: "asc" });
  const [filter, setFilter] = React.useState<DeskFilter>(NO_FILTER);
  const [printing, setPrinting] = React.useState<DeskRow | null>(null);
  const queue = React.useRef<Entry[]>([]);
  const reviewer = React.useRef<Reviewer | null>(null);
  const running = React.useRef(false);
  const nextId = React.useRef(1);
  const folderRef = React.useRef<HTMLInputElement>(null);

  const pump = React.useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setProgress((p) => ({ ...p, running: true, cancelled: 0 }));
    try {
      while (queue.current.length) {
        const e = queue.current[0];
        const r = reviewer.current ?? (reviewer.current = await makeReviewer());
        const bytes = await e.file.arrayBuffer();
        if (reviewer.current !== r) break; // cancelled while the file was read
        const out = await r.review({ id: e.id, path: e.path, bytes }).catch(() => null);
        if (!out || reviewer.current !== r) break; // cancelled while this one ran
        queue.current.shift();
        setEntries((prev) => prev.map((x) => (x.id === e.id ? { ...x, outcome: out.file } : x)));
        setProgress((p) => ({ ...p, done: p.done + 1 }));
      }
    } finally {
      running.current = false;
      setProgress((p) => ({ ...p, running: false }));
    }
  }, [makeReviewer]);

  const add = React.useCallback(
    (inputs: DeskInput[]) => {
      if (!inputs.length) return;
      const fresh = inputs.map((x) => ({ ...x, id: nextId.current++, outcome: null }));
      queue.current.push(...fresh);
      setEntries((prev) => [...prev, ...fresh]);
      setProgress((p) => (p.running ? { ...p, total: p.total + fresh.length } : { done: 0, total: fresh.length, running: true, cancelled: 0 }));
      void pump();
    },
    [pump],
  );

  React.useEffect(() => {
    if (batch) add(batch.inputs);
  }, [batch, add]);

  React.useEffect(() => () => reviewer.current?.stop(), []);

  const cancel = () => {
    const left = queue.current.length;
    reviewer.current?.stop();
    reviewer.current = null;
    const dropped = new Set(queue.current.map((e) => e.id));
    queue.current = [];
    setEntries((prev) => prev.filter((e) => !dropped.has(e.id)));
    setProgress((p) => ({ ...p, running: false, cancelled: left }));
  };

  const rows: DeskRow[] = React.useMemo(() => entries.flatMap((e) => (e.outcome ? summaryRows([e.outcome]).map((r) => ({ ...r, entryId: e.id })) : [])), [entries]);
  const outcomes = React.useMemo(() => entries.flatMap((e) => (e.outcome ? [e.outcome] : [])), [entries]);
  const stats = React.useMemo(() => summaryStats(rows, findingRows(outcomes, l), l), [rows, outcomes, l]);
  const shown = React.useMemo(() => sortDeskRows(filterDeskRows(rows, filter), sort), [rows, filter, sort]);
  const families = React.useMemo(() => [...new Set(rows.filter((r) => !r.readError).map((r) => r.family))], [rows]);
  const byId = React.useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);

  const exportSummary = async () => {
    // the desk reviews with the automatic profile (each sheet's region), as the CLI does without --profile
    const bytes = await buildSummaryWorkbook(outcomes, { profile: "auto", lang: l });
    save(bytes, lang === "en-US" ? "summary.xlsx" : "汇总.xlsx");
  };
  const toggleSort = (key: DeskSortKey) => setSort((p) => (p.key === key ? { key, dir: p.dir === "asc" ? "desc" : "asc" } : { key, dir: NUMERIC.has(key) ? "desc" : "asc" }));
  const open = (r: DeskRow) => {
    const e = byId.get(r.entryId);
    if (e && !r.readError) onOpen(e.file, r.sheet, r.firstFindingCell);
  };

  return (
    <section aria-label={s.desk} data-testid="desk">
      <style>{PRINT_CSS}</style>
      <div className={cls.deskToolbar}>
        <Button onClick={() => folderRef.current?.click()}>{s.openFolder}</Button>
        <input
          ref={folderRef}
          type="file"
          multiple
          aria-label={s.openFolder}
          data-testid="folder-input"
          className={cls.hiddenInput}
          {...({ webkitdirectory: "", directory: "" } as Record<string, string>)}
          onChange={(e) => {
            if (e.target.files?.length) add(deskInputs(e.target.files));
            e.target.value = "";
          }}
        />
        <Button appearance="primary" disabled={!outcomes.length || progress.running} onClick={() => void exportSummary()} data-testid="export-summary">
          {s.exportSummary}
        </Button>
      </div>
      {progress.total > 0 && (
        <div className={cls.progress} data-testid="desk-progress" data-done={progress.done} data-total={progress.total} data-running={progress.running ? "true" : "false"}>
          <div className={cls.progressBar}>
            <ProgressBar value={progress.total ? progress.done / progress.total : 0} aria-label={s.progressLabel} thickness="large" />
          </div>
          <span role="status">
            {progress.running ? fill(s.progress, { done: progress.done, total: progress.total }) : progress.cancelled ? fill(s.cancelled, { n: progress.cancelled }) : fill(s.done, { n: outcomes.length, sheets: stats.sheets })}
          </span>
          {progress.running && (
            <Button onClick={cancel} data-testid="desk-cancel">
              {s.cancel}
            </Button>
          )}
        </div>
      )}
      {rows.length > 0 && (
        <div className={cls.overviewRow}>
          <div>
            <h3 className={cls.blockTitle}>{s.gradeCounts}</h3>
            <ul data-testid="grade-counts" className={cls.gradeList}>
              {stats.computedGrades.map((g) => (
                <li key={g.grade} data-grade={g.grade} data-count={g.count} className={cls.gradeBox}>
                  <div className={cls.gradeCount}>{g.count}</div>
                  <div>{g.grade}</div>
                </li>
              ))}
            </ul>
            <p className={cls.noteTight}>{s.gradeCountsNote}</p>
            {stats.averaged > 0 && (
              <p data-testid="desk-averages" className={cls.averages}>
                {fill(s.averages, { c: stats.averageClaimed ?? "—", x: stats.averageComputed ?? "—", n: stats.averaged })}
              </p>
            )}
          </div>
          <ScoreScatter rows={rows} s={s} onPick={(r) => open(r as DeskRow)} />
        </div>
      )}
      {printing && byId.get(printing.entryId) && <PrintView entry={byId.get(printing.entryId)!} row={printing} s={s} lang={lang} onClose={() => setPrinting(null)} />}
      {rows.length > 0 && (
        <>
          <div className={cls.filters}>
            <Input value={filter.text} onChange={(_, d) => setFilter((f) => ({ ...f, text: d.value }))} placeholder={s.filter} aria-label={s.filter} data-testid="desk-filter" className={cls.filterInput} />
            <Select value={filter.family} onChange={(_, d) => setFilter((f) => ({ ...f, family: d.value }))} aria-label={s.cols.family} data-testid="desk-family">
              <option value="all">{s.allFamilies}</option>
              {families.map((f) => (
                <option key={f} value={f}>
                  {familyName(f, l)}
                </option>
              ))}
            </Select>
            <Select value={filter.grade} onChange={(_, d) => setFilter((f) => ({ ...f, grade: d.value }))} aria-label={s.cols.computedGrade} data-testid="desk-grade">
              <option value="all">{s.allGrades}</option>
              {["优", "良", "中", "差"].map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </Select>
            <Checkbox checked={filter.errorsOnly} onChange={(_, d) => setFilter((f) => ({ ...f, errorsOnly: !!d.checked }))} label={s.errorsOnly} />
            <span role="status" data-testid="desk-shown">
              {fill(s.shown, { n: shown.length, total: rows.length })}
            </span>
          </div>
          <div className={cls.tableScroll}>
            <table data-testid="desk-table" aria-label={s.desk} className={cls.deskTable}>
              <thead>
                <tr>
                  {COLS.map((k) => (
                    <th key={k} scope="col" aria-sort={sort.key === k ? (sort.dir === "asc" ? "ascending" : "descending") : "none"} className={mergeClasses(cls.sortHead, NUMERIC.has(k) && cls.alignRight)}>
                      <button type="button" onClick={() => toggleSort(k)} aria-label={fill(s.sortBy, { col: s.cols[k] })} data-sort={k} className={cls.sortButton}>
                        {s.cols[k]}
                        {sort.key === k ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}
                      </button>
                    </th>
                  ))}
                  <th scope="col" className={cls.stickyHead}>
                    {s.cols.actions}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r, i) => (
                  <tr
                    key={`${r.entryId}:${r.sheet}:${i}`}
                    data-testid="desk-row"
                    data-file={r.file}
                    data-sheet={r.sheet}
                    onClick={() => open(r)}
                    className={mergeClasses(cls.deskRow, !r.readError && cls.clickable, r.errors > 0 && cls.rowWithErrors)}
                  >
                    <td className={cls.td} title={sheetLabel(r, lang === "en-US" ? "en" : "zh")}>
                      {r.file}
                      {r.sheet && <div className={cls.sheetName}>{sheetLabel(r, lang === "en-US" ? "en" : "zh")}</div>}
                    </td>
                    {r.readError ? (
                      <td colSpan={COLS.length - 1} className={cls.readError}>
                        {s.readError}
                        {lang === "en-US" ? ": " : "："}
                        {r.readError}
                      </td>
                    ) : (
                      <>
                        <td className={cls.td}>{r.unit ?? ""}</td>
                        <td className={cls.td}>{r.projectName ?? ""}</td>
                        <td className={cls.td}>{familyName(r.family, l)}</td>
                        <td data-col="claimed" className={cls.tdNum}>
                          {num(r.claimed)}
                        </td>
                        <td data-col="computed" className={cls.tdNumNowrap}>
                          {num(r.computed)}
                          {r.partial && r.computed !== null && (
                            <span title={s.partialTitle} className={cls.markPartial}>
                              ({s.partial})
                            </span>
                          )}
                          {r.impossible && (
                            <span title={fill(s.impossibleTitle, { w: r.weightTotal ?? "" })} className={cls.markImpossible}>
                              ({s.impossible})
                            </span>
                          )}
                        </td>
                        <td data-col="diff" className={mergeClasses(cls.tdNum, r.diff !== null && r.diff < 0 && cls.negative)}>
                          {signed(r.diff)}
                        </td>
                        <td className={cls.td}>{r.claimedGrade ?? ""}</td>
                        <td data-col="computedGrade" className={cls.td}>
                          {r.computedGrade ?? ""}
                        </td>
                        <td data-col="errors" className={cls.tdNum}>
                          {r.errors}
                        </td>
                        <td data-col="warnings" className={cls.tdNum}>
                          {r.warnings}
                        </td>
                      </>
                    )}
                    <td className={cls.tdNowrap} onClick={(e) => e.stopPropagation()}>
                      {!r.readError && (
                        <>
                          <Button size="small" onClick={() => open(r)}>
                            {s.open}
                          </Button>{" "}
                          <Button size="small" onClick={() => setPrinting(r)} data-testid="desk-print">
                            {s.print}
                          </Button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

export { countsInAverages };
