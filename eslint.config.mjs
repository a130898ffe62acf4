// ESLint flat config: Next 16's own rules (core web vitals + TypeScript).
// `next lint` is gone in Next 16; run `npm run lint` (eslint .).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a parameter a signature requires but the body ignores.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
  {
    // One clock (lib/clock.ts): a decision reads the request's time from its caller, never
    // the machine's, or the test clock (x-tobira-test-now) cannot move it. An exception
    // says why on its line (eslint-disable-next-line … -- reason).
    files: ["lib/**/*.ts", "app/**/*.ts", "app/**/*.tsx"],
    ignores: ["lib/clock.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Take `now` from the caller; entry points read requestNow() (lib/clock.ts)." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Take `now` from the caller; entry points read requestNow() (lib/clock.ts)." },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    "generated/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
  ]),
]);
