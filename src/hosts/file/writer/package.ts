import { entryData, readZip, ZipEntry, ZipPackage } from "./zip";
import { attrsOf, decodeXml, unescapeXml, WriterError } from "./xml";

/** Where things are in an SpreadsheetML package: the workbook part, its relationships, the sheets. */
export interface PackageMap {
  zip: ZipPackage;
  byName: Map<string, ZipEntry>;
  workbookPath: string;
  workbookRelsPath: string;
  sheets: { name: string; sheetId: string; path: string; state: string | null }[];
  /** workbook-level parts by relationship type (last segment): sharedStrings, styles, calcChain */
  related: Map<string, { path: string; id: string }>;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

/** A relationship target resolved against the part that owns the relationships. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (dirOf(from) + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

export function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}

export function partText(map: PackageMap, path: string): string | null {
  const e = map.byName.get(path);
  return e ? decodeXml(entryData(e)) : null;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** the element as written */
  xml: string;
}

export function relationshipsOf(xml: string): Relationship[] {
  const out: Relationship[] = [];
  const re = /<([A-Za-z_][\w.-]*:)?Relationship\b[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const a = attrsOf(m[0]);
    out.push({ id: a.get("Id") ?? "", type: a.get("Type") ?? "", target: a.get("Target") ?? "", external: a.get("TargetMode") === "External", xml: m[0] });
  }
  return out;
}

export function mapPackage(bytes: Uint8Array): PackageMap {
  const zip = readZip(bytes);
  const byName = new Map(zip.entries.map((e) => [e.name, e]));
  const map: PackageMap = { zip, byName, workbookPath: "", workbookRelsPath: "", sheets: [], related: new Map() };
  const root = partText(map, "_rels/.rels");
  const office = root ? relationshipsOf(root).find((r) => /\/officeDocument$/.test(r.type)) : undefined;
  map.workbookPath = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const wb = partText(map, map.workbookPath);
  if (wb === null) throw new WriterError("no workbook part");
  map.workbookRelsPath = relsPathOf(map.workbookPath);
  const rels = relationshipsOf(partText(map, map.workbookRelsPath) ?? "");
  const relById = new Map(rels.map((r) => [r.id, r]));
  for (const r of rels) {
    const kind = r.type.slice(r.type.lastIndexOf("/") + 1);
    if (!r.external && (kind === "sharedStrings" || kind === "styles" || kind === "calcChain")) {
      map.related.set(kind, { path: resolveTarget(map.workbookPath, r.target), id: r.id });
    }
  }
  const re = /<([A-Za-z_][\w.-]*:)?sheet\b[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(wb))) {
    const a = attrsOf(m[0]);
    const rid = [...a.entries()].find(([k]) => /(^|:)id$/.test(k) && k !== "sheetId")?.[1];
    const rel = rid ? relById.get(rid) : undefined;
    if (!rel || !/\/worksheet$/.test(rel.type)) continue;
    map.sheets.push({ name: a.get("name") ?? "", sheetId: a.get("sheetId") ?? "", path: resolveTarget(map.workbookPath, rel.target), state: a.get("state") ?? null });
  }
  return map;
}

export { unescapeXml };
