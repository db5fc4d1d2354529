import { inflateRawSync } from "zlib";
import { setWholeInflater } from "../hosts/file/reader/zip";

/**
 * The lean reader's whole-part inflater in Node: node:zlib (native) instead of fflate (JavaScript), several
 * times faster, and fflate's start-up (its tables) is not paid unless a part has to be streamed. zlib stops
 * at `max` bytes (maxOutputLength) and throws on a broken stream, as the reader expects.
 */
export function useNativeInflate(): void {
  setWholeInflater((data, hint, max) => {
    // one output chunk of the declared size when it is plausible (no growing and joining), else zlib's default
    const chunkSize = hint > 0 && hint < max && hint <= 32 * 1024 * 1024 ? Math.max(64, hint + 1) : undefined;
    return inflateRawSync(data, { maxOutputLength: max, ...(chunkSize ? { chunkSize } : {}) });
  });
}
