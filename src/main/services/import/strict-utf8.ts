// `fatal`: a byte sequence that is not UTF-8 throws instead of quietly becoming U+FFFD,
// so that it is reported with its line rather than stored damaged. `ignoreBOM`: text is kept exactly as written.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text, or null when the bytes are not valid UTF-8. */
export function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
