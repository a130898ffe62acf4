// Integration set-up file, run in each test worker before any test file loads:
// Next creates its request storages from this global when its modules load (a
// Next server sets it at start-up); without it they are inert stubs, and
// tests/support/test-browser.ts could not enter a request.
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage }).AsyncLocalStorage ??= AsyncLocalStorage;
