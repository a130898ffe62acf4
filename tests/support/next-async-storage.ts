// Next's request stores need AsyncLocalStorage on globalThis, which its server sets
// at start-up (node-environment-baseline); tests that use them set it the same way.
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage }).AsyncLocalStorage ??= AsyncLocalStorage;
