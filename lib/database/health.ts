import "server-only";
import { getDb } from "@/lib/db";

/** One round trip, bounded in time, so a hung database reports 503 rather than hanging the probe. */
export async function checkDatabase(timeoutMs = 2_000): Promise<{ ok: boolean; latencyMs: number }> {
  const started = performance.now();
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref?.());
  const ok = await Promise.race([
    getDb()
      .$queryRawUnsafe("SELECT 1")
      .then(() => true)
      .catch(() => false),
    timeout,
  ]);
  return { ok, latencyMs: Math.round(performance.now() - started) };
}
