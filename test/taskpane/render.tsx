import * as React from "react";
import { readFileSync } from "fs";
import { join } from "path";
import type ExcelJS from "exceljs";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { FileWorkbookPort } from "../../src/hosts/file/workbook-port";
import type { storageSettingsStore } from "../../src/hosts/file/settings-store";
import { Pane, PaneTab } from "../../src/taskpane/Pane";
import { I18nContext, makeI18n, Lang } from "../../src/taskpane/i18n";

/** Shared by the pane's jsdom tests: a corpus workbook behind the checker's port, and the pane rendered on it. */
export const bytesOf = (id: string) => new Uint8Array(readFileSync(join(__dirname, "../fixtures/corpus/cases", `${id}.xlsx`)));

/** The checker's port on a corpus workbook; `edit` changes the first sheet first (through ExcelJS: a test's own setup). */
export async function portFor(id: string, edit?: (ws: ExcelJS.Worksheet) => void, store?: ReturnType<typeof storageSettingsStore>) {
  let bytes = bytesOf(id);
  if (edit) {
    const { workbook } = await readXlsx(bytes);
    edit(workbook.worksheets[0]);
    bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
  return FileWorkbookPort.open(bytes, `${id}.xlsx`, store);
}

/** A sheet of the port's workbook as it is now (what a download would give), read with ExcelJS. */
export async function worksheetOf(port: FileWorkbookPort, name?: string): Promise<ExcelJS.Worksheet> {
  const { workbook } = await readXlsx(await port.toXlsx());
  return name ? workbook.getWorksheet(name)! : workbook.worksheets[0];
}

export function renderPane(port: FileWorkbookPort, tab: PaneTab = "overview", lang: Lang = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={makeI18n(lang)}>
        <Pane port={port} initialTab={tab} debounceMs={0} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
}
