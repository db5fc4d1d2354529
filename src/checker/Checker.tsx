import * as React from "react";
import { Button, mergeClasses, MessageBar, MessageBarBody, Tab, TabList } from "@fluentui/react-components";
import type { Grid } from "../core/grid/grid";
import { review } from "../core/review";
import { FileError } from "../hosts/file/errors";
import { FileWorkbookPort, ViewState } from "../hosts/file/workbook-port";
import { fileSettingsKey, storageSettingsStore } from "../hosts/file/settings-store";
import { useI18n } from "../taskpane/i18n";
import { Pane } from "../taskpane/Pane";
import { isIgnored, profileFromSettings } from "../taskpane/state";
import type { Finding } from "../core/rules";
import { SheetView } from "./SheetView";
import { Desk, DeskInput, deskInputs } from "./Desk";
import { countFindings, WorkbookCounts } from "./counts";
import { FindingCounts } from "./FindingCounts";
import { useCheckerStyles } from "./styles";

/** Up to this many workbooks opened together also get their own tabs. */
const TABS_AT_ONCE = 8;

interface OpenFile {
  name: string;
  /** the file it was read from (the desk opens a row's file once) */
  source?: File;
  port?: FileWorkbookPort;
  error?: string;
  /** errors and warnings per sheet and in all, as the tabs show them */
  counts?: WorkbookCounts;
}

function useFileView(port: FileWorkbookPort) {
  const [view, setView] = React.useState<ViewState>(port.viewState());
  const [grid, setGrid] = React.useState<Grid | null>(null);
  const [findings, setFindings] = React.useState<Finding[]>([]);
  const reload = React.useCallback(async () => {
    const sheet = await port.activeSheet();
    const g = await port.readSheet(sheet);
    const settings = await port.getSettings();
    const r = review(g, profileFromSettings(settings).profile);
    setGrid(g);
    setFindings(r.findings.filter((f) => !isIgnored(settings, sheet, f)));
  }, [port]);
  React.useEffect(() => {
    void reload();
    const offView = port.onView((v) => setView(v));
    const offChange = port.onSheetChanged(() => void reload());
    return () => {
      offView();
      offChange();
    };
  }, [port, reload]);
  return { view, grid, findings, reload };
}

function FileWorkspace({ file, onRecount }: { file: OpenFile & { port: FileWorkbookPort }; onRecount: () => void }) {
  const cls = useCheckerStyles();
  const { t, lang } = useI18n();
  const port = file.port;
  // the tabs' counts follow edits, fills, ignores and a new profile
  React.useEffect(() => port.onSheetChanged(() => onRecount()), [port, onRecount]);
  const { view, grid, findings, reload } = useFileView(port);
  const [sheets, setSheets] = React.useState<string[]>([]);
  React.useEffect(() => void port.listSheets().then(setSheets), [port]);
  const download = async () => {
    const bytes = await port.toXlsx();
    const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = file.name.replace(/\.xlsx$/i, "") + ".perfsheet.xlsx";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    <div className={cls.workspace}>
      <div className={cls.main}>
        {sheets.length > 1 && (
          <TabList selectedValue={view.sheet} onTabSelect={(_, d) => port.setActiveSheet(String(d.value))} aria-label={t("sheet")} size="small">
            {sheets.map((s) => (
              <Tab key={s} value={s} title={s}>
                {s.length > 24 ? s.slice(0, 24) + "…" : s}
                {file.counts?.sheets[s] && <FindingCounts counts={file.counts.sheets[s]} lang={lang} />}
              </Tab>
            ))}
          </TabList>
        )}
        <div className={cls.toolbar}>
          <Button appearance="primary" onClick={() => void download()} data-testid="download">
            {t("checkerDownload")}
          </Button>
        </div>
        {grid && <SheetView grid={grid} findings={findings} view={view} label={t("checkerGrid")} lang={lang} onSelect={(cell) => void port.selectCell(grid.name, cell)} />}
      </div>
      <aside className={cls.side} aria-label={t("appTitle")} data-testid="pane">
        <Pane
          port={port}
          debounceMs={50}
          onChanged={() => {
            onRecount();
            void reload();
          }}
        />
      </aside>
    </div>
  );
}

/** The browser checker: open or drop .xlsx files, see findings at their cells, use the pane, download. */
export function Checker() {
  const cls = useCheckerStyles();
  const { t, lang } = useI18n();
  const [files, setFiles] = React.useState<OpenFile[]>([]);
  // -1: the reviewer's desk; otherwise the index of an open file
  const [current, setCurrent] = React.useState(0);
  const [batch, setBatch] = React.useState<{ seq: number; inputs: DeskInput[] } | null>(null);
  const [dragOver, setDragOver] = React.useState(false);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const openOne = async (f: File): Promise<OpenFile> => {
    try {
      const bytes = new Uint8Array(await f.arrayBuffer());
      // the profile and ignores of this very file (name, size, bytes) are kept in this browser, never in the workbook
      const store = typeof localStorage !== "undefined" ? storageSettingsStore(localStorage, fileSettingsKey(f.name, bytes)) : undefined;
      // the port keeps the file's bytes: a download is them, patched only in the planned cells
      const port = await FileWorkbookPort.open(bytes, f.name, store);
      return { name: f.name, source: f, port, counts: await countFindings(port) };
    } catch (e) {
      return { name: f.name, source: f, error: e instanceof FileError ? e.message : String((e as Error).message ?? e) };
    }
  };
  const open = async (list: FileList | File[]) => {
    const all = Array.from(list);
    const inputs = deskInputs(all);
    if (inputs.length) setBatch((b) => ({ seq: (b?.seq ?? 0) + 1, inputs }));
    // every workbook goes to the desk; a few also open in their own tabs (hundreds only on the desk)
    if (all.length > TABS_AT_ONCE) {
      setCurrent(-1);
      return;
    }
    const opened = await Promise.all(all.map(openOne));
    setFiles((prev) => {
      setCurrent(all.length > 1 ? -1 : prev.length);
      return [...prev, ...opened];
    });
  };
  // a desk row: open its file (once) at the sheet and its first finding
  const openAt = async (f: File, sheet: string, cell: string | null) => {
    let i = files.findIndex((x) => x.source === f);
    let entry = files[i];
    if (i < 0) {
      entry = await openOne(f);
      i = files.length;
      setFiles((prev) => [...prev, entry]);
    }
    await entry.port?.selectCell(sheet, cell ?? "A1");
    setCurrent(i);
  };
  const recount = React.useCallback(async (port: FileWorkbookPort) => {
    const counts = await countFindings(port);
    setFiles((prev) => prev.map((x) => (x.port === port ? { ...x, counts } : x)));
  }, []);
  const file = files[current];
  const onRecount = React.useCallback(() => {
    if (file?.port) void recount(file.port);
  }, [file?.port, recount]);
  return (
    <main className={cls.checkerPage}>
      <h1 className={cls.title}>{t("checkerTitle")}</h1>
      <div
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragOver(false);
          void open(e.dataTransfer.files);
        }}
        className={mergeClasses(cls.dropzone, dragOver && cls.dropzoneActive)}
      >
        <Button appearance="primary" onClick={() => inputRef.current?.click()}>
          {t("checkerOpen")}
        </Button>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t("checkerOpen")}
          data-testid="file-input"
          className={cls.hiddenInput}
          onChange={(e) => {
            if (e.target.files?.length) void open(e.target.files);
            e.target.value = "";
          }}
        />
        <p className={cls.dropHint}>{t("checkerDrop")}</p>
      </div>
      {files.length === 0 && !batch && <p>{t("checkerNoFile")}</p>}
      {(files.length > 0 || batch) && (
        <TabList selectedValue={current} onTabSelect={(_, d) => setCurrent(Number(d.value))} aria-label={t("checkerFiles")}>
          {batch && (
            <Tab value={-1} data-testid="desk-tab">
              {lang === "en-US" ? "Reviewer's desk" : "审阅台"}
            </Tab>
          )}
          {files.map((f, i) => (
            <Tab key={i} value={i} data-testid="file-tab" data-file={f.name}>
              {f.name}
              {f.counts && <FindingCounts counts={f.counts.total} lang={lang} />}
            </Tab>
          ))}
        </TabList>
      )}
      <div hidden={current !== -1}>
        <Desk lang={lang} batch={batch} onOpen={(f, sheet, cell) => void openAt(f, sheet, cell)} />
      </div>
      {file?.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {file.name}：{file.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {file?.port && <FileWorkspace key={current} file={file as OpenFile & { port: FileWorkbookPort }} onRecount={onRecount} />}
    </main>
  );
}
