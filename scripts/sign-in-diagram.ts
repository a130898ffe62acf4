// npm run sign-in:diagram — rewrites the sign-in state diagram in ARCHITECTURE.md from
// lib/auth/sign-in/transitions.ts (tests/unit/sign-in-diagram.test.ts fails until it is run
// after a change to the table).
import { readFileSync, writeFileSync } from "node:fs";
import { withStageDiagram } from "@/lib/auth/sign-in/diagram";

const file = "ARCHITECTURE.md";
const before = readFileSync(file, "utf8");
const after = withStageDiagram(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? `${file}: the sign-in diagram is up to date` : `${file}: the sign-in diagram was rewritten`);
