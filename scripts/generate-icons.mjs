// The home-screen icons in public/icons/ (app/manifest.ts, app/layout.tsx), drawn
// here as SVG — a door (扉) on the header's green — and rendered to PNG with sharp
// (installed with Next). Re-run after changing the drawing: `npm run icons`;
// commit the PNGs it writes. No text in the drawing, so no font changes the result.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const BRAND = "#175546";
const LEAF = "#1f6f5c";

/**
 * A 512-unit drawing. `rounded`: transparent corners (the plain icon);
 * otherwise full bleed (maskable: the launcher cuts its own shape, and
 * everything that matters lies inside the central 80 % circle; Apple rounds its own).
 */
function drawing(rounded) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" ${rounded ? 'rx="112"' : ""} fill="${BRAND}"/>
  <rect x="168" y="104" width="176" height="304" rx="14" fill="#ffffff"/>
  <rect x="190" y="126" width="132" height="282" rx="6" fill="${LEAF}"/>
  <circle cx="294" cy="270" r="13" fill="#ffffff"/>
  <rect x="140" y="398" width="232" height="18" rx="9" fill="#ffffff"/>
</svg>
`;
}

const out = path.join(process.cwd(), "public", "icons");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "icon.svg"), drawing(true));

const renders = [
  { file: "icon-192.png", size: 192, rounded: true },
  { file: "icon-512.png", size: 512, rounded: true },
  { file: "maskable-512.png", size: 512, rounded: false },
  { file: "apple-touch-icon.png", size: 180, rounded: false },
];
for (const r of renders) {
  await sharp(Buffer.from(drawing(r.rounded)), { density: (72 * r.size) / 512 })
    .resize(r.size, r.size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(out, r.file));
  console.log(`public/icons/${r.file} (${r.size}×${r.size})`);
}
