/**
 * Server action IDs, read from the production build's manifest
 * (.next/server/server-reference-manifest.json): "file#export" → ID and the
 * pages that hold it — what anyone can read from the client bundle.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

type Entry = { workers: Record<string, unknown>; filename: string; exportedName: string };
export type ActionRef = { id: string; file: string; name: string; pages: string[] };

let actions: ActionRef[] | undefined;

export function allActions(): ActionRef[] {
  if (actions) return actions;
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, Entry> };
  actions = Object.entries(manifest.node).map(([id, e]) => ({
    id,
    file: e.filename,
    name: e.exportedName,
    // "app/(apps)/settings/page" → "/settings"; dynamic segments stay as "[id]".
    pages: Object.keys(e.workers).map((w) => w.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/"),
  }));
  return actions;
}

/** The action exported as `name` from `file` (e.g. "app/(auth)/login/actions.ts", "passwordAction"). */
export function actionRef(file: string, name: string): ActionRef {
  const found = allActions().find((a) => a.file === file && a.name === name);
  if (!found) throw new Error(`no server action ${file}#${name} in the build (rebuild?)`);
  return found;
}

export function actionId(file: string, name: string): string {
  return actionRef(file, name).id;
}

export const LOGIN_ACTIONS = "app/(auth)/login/actions.ts";
