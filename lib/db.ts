/**
 * The database client for the data layer (`lib/<area>/…`). Only server code
 * may import it; pages, components and actions go through the data layer.
 */
import "server-only";
export { getDb } from "./database/client";
