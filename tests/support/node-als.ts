// Next's server sets this global at start-up (node-environment); its request
// stores need it before they are first imported.
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
