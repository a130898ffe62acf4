// npm run bench:session-proof — what proving a session cookie costs per request,
// in this process: next-auth's encrypted JWT (HKDF key derivation and A256CBC-HS512
// decryption on every call, as `auth()` did) against the signed sid the gate sets
// now (lib/auth/session-token.ts: one HMAC-SHA256, key derived once). Database
// work is the same for both and not included.
//
//   BENCH_PROOF_CALLS=20000
import { encode, decode } from "next-auth/jwt";
import { randomToken } from "@/lib/auth/crypto";
import { readSessionToken, signSessionToken } from "@/lib/auth/session-token";

const calls = Number(process.env.BENCH_PROOF_CALLS ?? 20_000);
process.env.AUTH_SECRET ??= randomToken();
process.env.TOTP_ENCRYPTION_KEY ??= Buffer.alloc(32, 1).toString("base64");
const secret = process.env.AUTH_SECRET;
const salt = "authjs.session-token";
const sid = randomToken();

async function perCall(label: string, run: () => Promise<unknown> | unknown) {
  for (let i = 0; i < 500; i++) await run(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) await run();
  const us = ((performance.now() - t0) * 1000) / calls;
  console.log(`${label.padEnd(44)} ${us.toFixed(1).padStart(7)} µs per request`);
  return us;
}

const jwe = await encode({ token: { sub: "account", sid }, secret, salt });
const signed = signSessionToken(sid);
if ((await decode({ token: jwe, secret, salt }))?.sid !== sid || readSessionToken(signed) !== sid) throw new Error("round trip failed");
console.log(`session proof, ${calls} calls each`);
const before = await perCall("next-auth JWE decode (before)", () => decode({ token: jwe, secret, salt }));
const after = await perCall("signed sid, HMAC-SHA256 (now)", () => readSessionToken(signed));
console.log(`ratio ${(before / after).toFixed(1)}×`);
