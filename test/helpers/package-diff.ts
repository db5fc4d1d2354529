import JSZip from "jszip";

/** Every part of a package, inflated (read with JSZip: independent of the writer under test). */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    out.set(name, await zip.file(name)!.async("nodebuffer"));
  }
  return out;
}

/** The `<c>` element of a cell in a sheet part's XML (null: none). */
export function cellElementOf(xml: string, ref: string): string | null {
  const m = new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
  return m ? m[0] : null;
}

/**
 * A sheet part with the given cells' `<c>` elements taken out, rows left empty by that removed, and the
 * dimension's range blanked: two parts are "equal outside the planned cells" when these are equal.
 */
export function outsideCells(xml: string, cells: Iterable<string>): string {
  let out = xml;
  for (const ref of cells) out = out.replace(new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`), "");
  return out.replace(/<row r="\d+">\s*<\/row>/g, "").replace(/<dimension ref="[^"]*"\/>/, "<dimension/>");
}

/** Names of the parts that differ between two packages (added, removed or changed). */
export function changedParts(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !a.has(n) || !b.has(n) || !a.get(n)!.equals(b.get(n)!)).sort();
}
