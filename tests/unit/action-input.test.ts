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

type Action = { file: string; name: string; params: string; body: string };

/** Actions written as functions: the sign-in and step-up steps, the language and sign-out actions. */
function exportedActions(): Action[] {
  return actionFiles().flatMap((file) => {
    const source = readFileSync(file, "utf8");
    return [...source.matchAll(/export async function (\w+)\(([^)]*)\)[^{]*\{\n([\s\S]*?)\n\}/g)].map(([, name, params, body]) => ({
      file: path.relative(process.cwd(), file),
      name: name!,
      params: params!,
      body: body!,
    }));
  });
}

/** Actions built by the action client (lib/http/action-client.ts), which checks the form itself. */
function clientActions(): { file: string; name: string }[] {
  return actionFiles().flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/^export const (\w+) = action\.(?:state|form)\(/gm)].map(([, name]) => ({ file: path.relative(process.cwd(), file), name: name! })),
  );
}

describe("server actions", () => {
  const actions = exportedActions();

  it("are all found (the files the attacker's suite calls, plus the locale and sign-out actions)", () => {
    expect(actions.length + clientActions().length).toBe(31);
  });

  it("of the apps and the office are all built by the action client, and export nothing else", () => {
    const apps = actionFiles(path.join(process.cwd(), "app", "(apps)"));
    expect(apps.length).toBeGreaterThan(0);
    for (const file of apps) {
      const exports = [...readFileSync(file, "utf8").matchAll(/^export (?!type )(?:async function|const|function|let|var|class) (\w+)(.*)$/gm)];
      for (const [line, name, rest] of exports) expect(rest, `${path.relative(process.cwd(), file)} ${name}: ${line}`).toMatch(/^ = action\.(state|form)\(/);
    }
  });

  it("that read a form check it first, with requireForm", () => {
    const unchecked: string[] = [];
    for (const a of actions) {
      const form = a.params.match(/(?:^|,\s*)([A-Za-z]\w*): FormData/)?.[1];
      if (!form) continue;
      if (!a.body.trimStart().startsWith(`const form = requireForm(${form});`)) unchecked.push(`${a.file} ${a.name}`);
    }
    expect(unchecked).toEqual([]);
  });

  it("that take no form (or ignore it, _form) never touch their arguments", () => {
    for (const a of actions.filter((x) => !/(?:^|,\s*)[A-Za-z]\w*: FormData/.test(x.params))) {
      const names = a.params.split(",").map((p) => p.split(":")[0]!.trim()).filter(Boolean);
      for (const n of names) expect(a.body, `${a.file} ${a.name} uses ${n}`).not.toMatch(new RegExp(`\\b${n}\\b`));
    }
  });
});
