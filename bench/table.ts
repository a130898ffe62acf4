/** Prints benchmark rows as a plain-text table: one row per measurement. */
export type Row = {
  name: string;
  /** One value per run. */
  samples: number[];
  unit?: string;
  /** Optional target for the median: below it (default), or at least it. */
  goal?: number;
  atLeast?: boolean;
};

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatTable(rows: Row[]): string {
  const header = ["measurement", "runs", "median", "min", "max", "goal", "samples"];
  const body = rows.map((r) => {
    const unit = r.unit ?? "ms";
    const fmt = (v: number) => `${Math.round(v)} ${unit}`;
    const m = median(r.samples);
    return [
      r.name,
      String(r.samples.length),
      fmt(m),
      fmt(Math.min(...r.samples)),
      fmt(Math.max(...r.samples)),
      r.goal === undefined
        ? ""
        : r.atLeast
          ? `≥ ${r.goal} ${unit} ${m >= r.goal ? "ok" : "UNDER"}`
          : `< ${r.goal} ${unit} ${m < r.goal ? "ok" : "OVER"}`,
      r.samples.length <= 10 ? r.samples.map((v) => Math.round(v)).join(" ") : "",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
