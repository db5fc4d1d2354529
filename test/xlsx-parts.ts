import { strToU8, zipSync, Zippable } from "fflate";

/** Build a minimal .xlsx package from sheet XML bodies (for reader tests and the hostile-files suite). */
export interface PartsSheet {
  name: string;
  /** the <sheetData> content, or a whole worksheet document when it starts with "<?xml" or "<worksheet" */
  xml: string;
  state?: "hidden" | "veryHidden";
}

export function sheetDoc(sheetData: string, extra = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${sheetData}</sheetData>${extra}</worksheet>`;
}

export function xlsxParts(
  sheets: PartsSheet[],
  opts: { sharedStrings?: string[]; styles?: string; omitSheetParts?: number[]; extraParts?: Record<string, Uint8Array | string> } = {},
): Zippable {
  const ct = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const wb = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("")}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const files: Zippable = {
    "[Content_Types].xml": strToU8(ct),
    "_rels/.rels": strToU8(rootRels),
    "xl/workbook.xml": strToU8(wb),
    "xl/_rels/workbook.xml.rels": strToU8(rels),
  };
  if (opts.styles) files["xl/styles.xml"] = strToU8(opts.styles);
  if (opts.sharedStrings) {
    const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    files["xl/sharedStrings.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${opts.sharedStrings.length}">${opts.sharedStrings.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`,
    );
  }
  sheets.forEach((s, i) => {
    if (opts.omitSheetParts?.includes(i)) return;
    const doc = /^(<\?xml|<worksheet)/.test(s.xml) ? s.xml : sheetDoc(s.xml);
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(doc);
  });
  for (const [k, v] of Object.entries(opts.extraParts ?? {})) files[k] = typeof v === "string" ? strToU8(v) : v;
  return files;
}

export function buildXlsx(sheets: PartsSheet[], opts: Parameters<typeof xlsxParts>[1] = {}): Uint8Array {
  return zipSync(xlsxParts(sheets, opts));
}
