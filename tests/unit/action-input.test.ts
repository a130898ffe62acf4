// Every server action is a public endpoint that anyone can call by its ID with
// arguments of any shape: the form argument is checked before it is used, and a
// wrong shape is a 404 (notFound), never the 500 of a TypeError.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requireForm } from "@/lib/http/action-input";

describe("requireForm", () => {
  it("hands a FormData back as it is", () => {
    const form = new FormData();
    form.set("loginId", "C001-00042");
    expect(requireForm(form)).toBe(form);
  });

  it("ends the call with Next's 404 for anything else, a look-alike with a get() too", () => {
    for (const junk of ["not a form", 42, undefined, null, {}, [], { get: () => "x" }]) {
      expect(() => requireForm(junk), JSON.stringify(junk)).toThrow(expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }));
    }
  });
});

/** Every file under app/ that declares server actions ("use server"). */
function actionFiles(dir = path.join(process.cwd(), "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(entry.name) && readFileSync(full, "utf8").startsWith('"use server"') ? [full] : [];
  });
}

describe("server actions", () => {
  const files = actionFiles();
  const exports = files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/^export (?!type )(?:default |async function|const|function|let|var|class)\s*(\w*)(.*)$/gm)].map(([line, name, rest]) => ({
      file: path.relative(process.cwd(), file),
      name: name!,
      line: line!,
      rest: rest!,
    })),
  );

  it("are all found (the apps', the office's, the sign-in steps', the language and sign-out)", () => {
    expect(files.map((f) => path.relative(process.cwd(), f))).toEqual(expect.arrayContaining(["app/(auth)/login/actions.ts", "app/(auth)/step-up/actions.ts", "app/actions/locale.ts", "app/actions/session.ts"]));
    expect(exports.length).toBe(44); // the console: + saveLicences, scheduleWindow, updateWindow, cancelWindow (licences, maintenance) and nine of companies, employees and staff
  });

  it("are every one built by the action client (which checks the form first), and the files export nothing else", () => {
    for (const e of exports) expect(e.rest, `${e.file} ${e.name}: ${e.line}`).toMatch(/^ = action\.(?:public\.)?(?:state|form)\(/);
  });
});
