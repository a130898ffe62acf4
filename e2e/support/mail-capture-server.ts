/**
 * A local stand-in for Resend's HTTP API, for tests: the app's real mail code
 * (lib/mail/send.ts, the Resend SDK) posts here through RESEND_BASE_URL, and
 * tests read what was "sent" with GET /messages?to=<address>.
 *
 *   POST /emails          → stores the message, answers { id } like Resend
 *   GET  /messages?to=…   → the stored messages for that address, newest last
 *   DELETE /messages      → forget everything
 *   MAIL_CAPTURE_FAIL=1   → every POST fails with 500 (to test send failures)
 *   POST /__fault {"mode":"500"|"hang"|"ok"} → from now on, POST /emails answers
 *                           500, never answers (a provider that hangs), or works
 */
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";

export type CapturedMail = { id: string; from: string; to: string[]; subject: string; text: string; html: string; at: string };

export function startMailCapture(port: number) {
  const messages: CapturedMail[] = [];
  let failing = process.env.MAIL_CAPTURE_FAIL === "1";
  let hanging = false;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const json = (status: number, value: unknown) => {
        // A fresh connection per request: a client never reuses a socket the stub is closing.
        res.writeHead(status, { "content-type": "application/json", connection: "close" });
        res.end(JSON.stringify(value));
      };
      if (req.method === "POST" && url.pathname === "/emails") {
        if (hanging) return; // no answer: the app's time-out must end the request
        if (failing) return json(500, { name: "internal_server_error", message: "capture set to fail", statusCode: 500 });
        const m = JSON.parse(body || "{}");
        const mail: CapturedMail = {
          id: randomUUID(),
          from: m.from,
          to: Array.isArray(m.to) ? m.to : [m.to],
          subject: m.subject,
          text: m.text ?? "",
          html: m.html ?? "",
          at: new Date().toISOString(),
        };
        messages.push(mail);
        return json(200, { id: mail.id });
      }
      if (req.method === "GET" && url.pathname === "/messages") {
        const to = url.searchParams.get("to");
        return json(200, to ? messages.filter((m) => m.to.includes(to)) : messages);
      }
      if (req.method === "POST" && url.pathname === "/fail") {
        failing = url.searchParams.get("on") === "1";
        return json(200, { failing });
      }
      if (req.method === "POST" && url.pathname === "/__fault") {
        const mode = (JSON.parse(body || "{}") as { mode?: string }).mode;
        if (mode !== "500" && mode !== "hang" && mode !== "ok") return json(400, { name: "invalid_mode" });
        failing = mode === "500";
        hanging = mode === "hang";
        return json(200, { mode });
      }
      if (req.method === "DELETE" && url.pathname === "/messages") {
        messages.length = 0;
        return json(200, {});
      }
      if (url.pathname === "/health") return json(200, { ok: true });
      json(404, { name: "not_found" });
    });
  });
  server.listen(port, "127.0.0.1");
  return server;
}

if (process.argv[1]?.endsWith("mail-capture-server.ts")) {
  const port = Number(process.env.MAIL_CAPTURE_PORT ?? 3299);
  startMailCapture(port);
  console.log(`mail capture listening on http://127.0.0.1:${port}`);
}
