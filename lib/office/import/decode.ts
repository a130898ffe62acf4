/**
 * The bytes of an uploaded employee CSV as text. Japanese software exports either
 * UTF-8 (often with a BOM, as Excel writes it) or Shift_JIS (Windows' cp932). A BOM
 * decides; otherwise bytes that are valid UTF-8 are UTF-8 (pure ASCII reads the same
 * either way), and anything else is read as cp932 (iconv-lite). Pure.
 */
import iconv from "iconv-lite";

export type CsvEncoding = "utf-8-bom" | "utf-8" | "cp932";

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "cp932"), encoding: "cp932" };
  }
}
