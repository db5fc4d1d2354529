import { existsSync, readFileSync } from "fs";
import { BUILTIN_PROFILES } from "../core/rubric/builtin";
import { parseProfileText, resolveProfile } from "../core/rubric/load";
import type { Profile } from "../core/rubric/schema";

/**
 * `--profile ID|FILE` of every command: a built-in id, a custom JSON file, or nothing / "auto" (undefined: each
 * sheet's region is read from its own text, DESIGN §4). An unknown id throws a ProfileError naming the ids.
 */
export function loadProfile(spec: string | null): Profile | undefined {
  if (!spec || spec === "auto") return undefined;
  if (BUILTIN_PROFILES[spec]) return BUILTIN_PROFILES[spec];
  if (existsSync(spec)) return parseProfileText(readFileSync(spec, "utf8"));
  return resolveProfile(spec);
}

/** The ids `--profile` accepts, for usage texts. */
export const PROFILE_IDS = ["auto", ...Object.keys(BUILTIN_PROFILES)].join(", ");
