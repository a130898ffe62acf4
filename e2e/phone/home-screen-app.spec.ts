// Tobira as a home-screen app (issue 10, point 10): the web manifest and its
// icons answer without a session (proxy.ts guards only the app paths), and every
// page names them, with the theme colour and Apple's web-app tags.
import { expect, test } from "@playwright/test";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test.describe("home-screen app", () => {
  test("the manifest opens /home standalone, in Japanese, with 打刻 one tap away", async ({ request }) => {
    const response = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/manifest+json");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    const manifest = await response.json();
    expect(manifest).toMatchObject({ name: "Tobira", short_name: "Tobira", start_url: "/home", display: "standalone", lang: "ja", theme_color: "#175546" });
    expect(manifest.shortcuts).toEqual([expect.objectContaining({ name: "打刻", url: "/attendance" })]);
    const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  });

  test("each icon is there without a session, a PNG of the size it claims", async ({ request }) => {
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    const icons: { src: string; sizes: string }[] = [...manifest.icons, { src: "/icons/apple-touch-icon.png", sizes: "180x180" }];
    for (const icon of icons) {
      const response = await request.get(icon.src, { maxRedirects: 0 });
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      const { width, height } = pngSize(await response.body());
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
    const svg = await request.get("/icons/icon.svg", { maxRedirects: 0 });
    expect(svg.status()).toBe(200);
  });

  test("a page names the manifest, the theme colour and the Apple web-app tags", async ({ page }) => {
    await page.goto("/login");
    const head = page.locator("head");
    await expect(head.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    await expect(head.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#175546");
    await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/icons/apple-touch-icon.png");
    await expect(head.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute("content", "Tobira");
    await expect(head.locator('meta[name="mobile-web-app-capable"], meta[name="apple-mobile-web-app-capable"]').first()).toHaveAttribute("content", "yes");
  });
});
