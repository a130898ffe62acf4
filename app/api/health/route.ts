// GET /api/health — 200 when the database answers, 503 when it does not.
// Public by design: it reveals reachability only, never the URL or the error.
import { checkDatabase } from "@/lib/database/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkDatabase();
  return Response.json(
    { status: db.ok ? "ok" : "unavailable", database: db.ok ? "reachable" : "unreachable", latencyMs: db.latencyMs },
    { status: db.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
