// ARCHITECTURE.md's sign-in diagram is the transition table's: it cannot drift from it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stageDiagram, withStageDiagram } from "@/lib/auth/sign-in/diagram";
import { TRANSITIONS, type Stage } from "@/lib/auth/sign-in/transitions";

describe("the sign-in state diagram", () => {
  it("in ARCHITECTURE.md is the one generated from the transition table (npm run sign-in:diagram)", () => {
    const doc = readFileSync("ARCHITECTURE.md", "utf8");
    expect(withStageDiagram(doc)).toBe(doc);
  });

  it("shows every move of the table", () => {
    const text = stageDiagram();
    for (const [from, moves] of Object.entries(TRANSITIONS) as [Stage, (typeof TRANSITIONS)[Stage]][]) {
      for (const m of moves) expect(text).toMatch(new RegExp(`^${from} +──→ ${m.to}\\b`, "m"));
    }
  });

  it("holds the skip's confirmation at the end of the Authenticator's enrolment, as after a code", () => {
    const text = stageDiagram();
    expect(text).toMatch(/^recovery_codes +──→ remember_confirm \/login\/remember .*never at step-up/m);
    expect(text).toMatch(/^second_factor +──→ remember_confirm \/login\/remember .*never at step-up/m);
  });

  it("every stage but done has a way on, and every stage is reached", () => {
    const reached = new Set(Object.values(TRANSITIONS).flatMap((moves) => moves.map((m) => m.to)));
    for (const stage of Object.keys(TRANSITIONS) as Stage[]) {
      if (stage !== "done") expect(TRANSITIONS[stage].length).toBeGreaterThan(0);
      if (stage !== "change_password") expect(reached.has(stage)).toBe(true);
    }
  });
});
