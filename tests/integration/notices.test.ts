// listPublishedNotices: the page's view of お知らせ, in the requested language,
// newest first, never showing a notice before its publication time.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/seed";
import { listPublishedNotices } from "@/lib/notices/queries";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";

const DAY = 24 * 60 * 60 * 1000;

describe(`listPublishedNotices (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  const future = new Date(Date.now() + 7 * DAY);

  beforeAll(async () => {
    await seedDemoData(db().client);
    await db().client.notice.create({
      data: {
        slug: "test-future",
        publishedAt: future,
        titleJa: "未来のお知らせ",
        titleEn: "A notice from the future",
        bodyJa: "本文",
        bodyEn: "Body",
      },
    });
  });

  it("returns the one-time password notice in Japanese", async () => {
    const notices = await listPublishedNotices("ja", { now: new Date() });
    const otp = notices.find((n) => n.slug === "otp-introduction");
    expect(otp?.title).toBe("ワンタイムパスワード導入のご案内");
    expect(otp?.body).toContain("セキュリティ強化のため");
  });

  it("returns the same notice in English", async () => {
    const notices = await listPublishedNotices("en", { now: new Date() });
    const otp = notices.find((n) => n.slug === "otp-introduction");
    expect(otp?.title).toBe("Introducing one-time passwords");
    expect(otp?.body).toContain("To strengthen security");
  });

  it("returns only what a page shows", async () => {
    const [first] = await listPublishedNotices("ja", { limit: 1, now: new Date() });
    expect(Object.keys(first ?? {}).sort()).toEqual(["body", "id", "publishedAt", "slug", "title"]);
  });

  it("hides a notice until it is published", async () => {
    expect((await listPublishedNotices("ja", { now: new Date() })).map((n) => n.slug)).not.toContain("test-future");
    const later = await listPublishedNotices("en", { now: new Date(future.getTime() + 1000) });
    expect(later[0]?.slug).toBe("test-future");
    expect(later[0]?.title).toBe("A notice from the future");
  });

  it("lists newest first and honours the limit", async () => {
    await db().client.notice.create({
      data: { slug: "test-recent", publishedAt: new Date(Date.now() - 1000), titleJa: "最近", titleEn: "Recent", bodyJa: "本文", bodyEn: "Body" },
    });
    const notices = await listPublishedNotices("ja", { now: new Date() });
    const times = notices.map((n) => n.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(notices[0]?.slug).toBe("test-recent");
    expect(await listPublishedNotices("ja", { limit: 1, now: new Date() })).toHaveLength(1);
  });
});
