// Two suites: `unit` (pure logic, fast, parallel) and `integration` (a real,
// freshly migrated database per file — PGlite by default, PostgreSQL when
// TEST_DATABASE_URL is a postgresql:// URL; see tests/support/test-db.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // `import "server-only"` throws outside React Server Components; the data
      // layer is plain server code, so tests may import it.
      { find: /^server-only$/, replacement: `${root}tests/support/empty.ts` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    environment: "node",
    exclude: ["**/node_modules/**", ".next/**", ".data/**", "generated/**", "e2e/**"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          // Lets tests enter a request for code that reads next/headers (tests/support/test-browser.ts).
          setupFiles: ["tests/support/async-local-storage.ts"],
          // next-auth imports "next/server" without an extension, which Node's ESM loader
          // refuses; bundled by Vite it resolves, so getSession() can run in a test request.
          server: { deps: { inline: ["next-auth"] } },
          // One file at a time: PGlite is one process per folder, and the
          // PostgreSQL runs should not compete for the server.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
