// docs/requirements.md is what comments, tests and documents cite for the product's
// rules. A citation of a rule that is not there (a typo, a rule renamed) would send a
// reader nowhere, and a citation of the FAQ files kept outside the repository cannot be
// followed at all: both fail here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const DOC = "docs/requirements.md";
const THIS_FILE = "tests/unit/requirements-doc.test.ts";
const SKIPPED_DIRS = new Set(["node_modules", ".git", ".next", ".data", "generated", "test-results", "playwright-report", "blob-report"]);
const TEXT_FILE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs|md|sh|sql|prisma|css|json|ya?ml)$/;

/** A rule ID as cited: `R-SKIP-3`, `R-2FA-1`. */
const RULE_ID = /\bR-[A-Z][A-Z0-9]*-\d+\b/g;
/** A rule as defined: a list item that starts with its bold ID. */
const RULE_DEFINITION = /^- \*\*(R-[A-Z][A-Z0-9]*-\d+)\*\*/gm;
/** How the outside FAQ files used to be cited ("seed 000 Q6", "seed 003 ④", "seed Q15", "seeds/…"). */
const OUTSIDE_FAQ = [/\bseed 0\d\d\b/i, /\bseed Q\d/i, /\bseeds\//i, /\/work\/shared\//];

function definedIds(doc: string): string[] {
  return [...doc.matchAll(RULE_DEFINITION)].map((m) => m[1]!);
}

function citedIds(text: string): string[] {
  return text.match(RULE_ID) ?? [];
}

/** `file: ID` for every citation whose ID the document does not define. */
function missingCitations(files: { file: string; text: string }[], defined: ReadonlySet<string>): string[] {
  return files.flatMap(({ file, text }) => citedIds(text).filter((id) => !defined.has(id)).map((id) => `${file}: ${id}`));
}

/** Every text file of the repository (relative paths), skipping dependencies and build output. */
function repositoryFiles(dir = ""): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : repositoryFiles(rel);
    // .ci/run and the like have no extension.
    return entry.isFile() && (TEXT_FILE.test(entry.name) || dir === ".ci") ? [rel] : [];
  });
}

const doc = readFileSync(path.join(ROOT, DOC), "utf8");
const defined = definedIds(doc);
const files = repositoryFiles()
  .filter((file) => file !== "package-lock.json")
  .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), "utf8") }));

describe("docs/requirements.md", () => {
  it("defines rules, each ID once", () => {
    expect(defined.length).toBeGreaterThan(50);
    const seen = new Set<string>();
    const twice = defined.filter((id) => seen.size === seen.add(id).size);
    expect(twice).toEqual([]);
  });

  it("defines every rule ID cited anywhere in the repository, this document included", () => {
    expect(files.some((f) => f.file === DOC)).toBe(true);
    expect(files.some((f) => f.file.startsWith("lib/"))).toBe(true);
    expect(missingCitations(files, new Set(defined))).toEqual([]);
  });

  it("the check itself catches a citation of a rule that does not exist", () => {
    const unknown = ["R", "NOPE", "1"].join("-");
    const known = defined[0]!;
    const sample = [{ file: "lib/x.ts", text: `// docs/requirements.md ${known}, ${unknown}` }];
    expect(missingCitations(sample, new Set(defined))).toEqual([`lib/x.ts: ${unknown}`]);
  });

  it("nothing cites the FAQ files that live outside the repository", () => {
    const offenders = files
      .filter(({ file }) => file !== THIS_FILE)
      .flatMap(({ file, text }) =>
        text.split("\n").flatMap((line, i) => (OUTSIDE_FAQ.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});
