import { BUILTIN_PROFILES, FALLBACK_PROFILE_ID } from "./builtin";
import type { Profile } from "./schema";

/** The zod schema, loaded only when a user's profile is validated (the built-in ones are plain data). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schema = (): typeof import("./schema") => require("./schema");

export class ProfileError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "ProfileError";
  }
}

/**
 * Validate a custom profile (parsed JSON). A custom profile may `extends` a built-in one and override
 * some fields. Errors name the field: "gradeBands.1.min: …".
 */
export function parseProfile(json: unknown): Profile {
  let input = json;
  if (json && typeof json === "object" && "extends" in json) {
    const { extends: base, ...rest } = json as Record<string, unknown>;
    const b = typeof base === "string" ? BUILTIN_PROFILES[base] : undefined;
    if (!b) throw new ProfileError(`extends: 未知的内置规则方案 "${String(base)}"`, [{ path: "extends", message: "unknown profile" }]);
    // a derived profile is shown and cited under its own id, never under its parent's id or name
    const id = typeof rest.id === "string" && rest.id ? rest.id : `${b.id}-custom`;
    input = { ...b, ...rest, id, ...(rest.name === undefined ? { name: { zh: id, en: id } } : {}) };
  } else if (json && typeof json === "object" && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    // a custom profile without a name is shown under its id
    if (o.name === undefined && typeof o.id === "string" && o.id) input = { ...o, name: { zh: o.id, en: o.id } };
  }
  const r = schema().profileSchema.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
  throw new ProfileError(
    "规则方案无效 (invalid profile): " + issues.map((i) => `${i.path}: ${i.message}`).join("; "),
    issues,
  );
}

export function parseProfileText(text: string): Profile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ProfileError(`规则方案不是有效的 JSON (not valid JSON): ${(e as Error).message}`);
  }
  return parseProfile(json);
}

/**
 * A built-in id or a profile object. Without a sheet at hand (PERF functions), undefined and "auto" give the
 * fallback (national); review() reads the region for "auto" (rubric/auto.ts).
 */
export function resolveProfile(idOrProfile: string | Profile | undefined): Profile {
  if (!idOrProfile || idOrProfile === "auto") return BUILTIN_PROFILES[FALLBACK_PROFILE_ID];
  if (typeof idOrProfile !== "string") return idOrProfile;
  const p = BUILTIN_PROFILES[idOrProfile];
  if (!p) {
    throw new ProfileError(
      `未知的规则方案 "${idOrProfile}"（可用：${["auto", ...Object.keys(BUILTIN_PROFILES)].join(", ")}）`,
      [{ path: "id", message: "unknown profile" }],
    );
  }
  return p;
}
