import type { MetadataRoute } from "next";
import { BACKGROUND_COLOR, THEME_COLOR } from "@/lib/home-screen-app";
import { messagesFor } from "@/lib/i18n/dictionaries";

/**
 * /manifest.webmanifest: Tobira on a phone's home screen opens at /home, standalone,
 * with 打刻 one tap away (a shortcut). Japanese, the portal's default language.
 * Public, like the icons (proxy.ts only guards the app paths).
 */
export default function manifest(): MetadataRoute.Manifest {
  const t = messagesFor("ja");
  const icon = (src: string, size: number, purpose: "any" | "maskable") => ({ src, sizes: `${size}x${size}`, type: "image/png", purpose });
  return {
    id: "/home",
    name: t.meta.appName,
    short_name: t.meta.appName,
    description: t.meta.description,
    lang: "ja",
    dir: "ltr",
    start_url: "/home",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [icon("/icons/icon-192.png", 192, "any"), icon("/icons/icon-512.png", 512, "any"), icon("/icons/maskable-512.png", 512, "maskable")],
    shortcuts: [
      {
        name: t.apps.attendance.heading,
        short_name: t.apps.attendance.heading,
        url: "/attendance",
        icons: [{ src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }],
      },
    ],
  };
}
