import type { WorkbookSettings } from "../port";

/**
 * Where the checker keeps a file's settings between visits (DESIGN §6: never inside the workbook, so the
 * downloaded file changes only in the planned cells).
 */
export interface SettingsStore {
  load(): WorkbookSettings | null;
  save(settings: WorkbookSettings): void;
}

/** The part of WorkbookSettings that outlives the session: the chosen profile and the ignores. */
export function persistentPart(s: WorkbookSettings): WorkbookSettings {
  return { ...(s.profile ? { profile: s.profile } : {}), ...(s.ignores?.length ? { ignores: s.ignores } : {}) };
}

/**
 * cyrb53: a fast, well-mixed 53-bit hash of the bytes (not cryptographic; it only tells one file's contents from
 * another's, so a different file with the same name and size does not pick up another's ignores).
 */
export function hashBytes(bytes: Uint8Array, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

export const STORAGE_PREFIX = "perfsheet:settings:";

/** The storage key of an opened file: its name, size and a hash of its bytes. */
export function fileSettingsKey(name: string, bytes: Uint8Array): string {
  return `${STORAGE_PREFIX}${encodeURIComponent(name)}:${bytes.length}:${hashBytes(bytes)}`;
}

/** A SettingsStore over localStorage (or any Storage); unreadable or unwritable storage is ignored. */
export function storageSettingsStore(storage: Pick<Storage, "getItem" | "setItem" | "removeItem">, key: string): SettingsStore {
  return {
    load() {
      try {
        const raw = storage.getItem(key);
        if (!raw) return null;
        const v = JSON.parse(raw);
        return v && typeof v === "object" ? persistentPart(v as WorkbookSettings) : null;
      } catch {
        return null;
      }
    },
    save(settings) {
      try {
        const keep = persistentPart(settings);
        if (Object.keys(keep).length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(keep));
      } catch {
        // private mode or a full quota: the settings then last for this session only
      }
    },
  };
}
