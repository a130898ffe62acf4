/** Colours of Tobira as a home-screen app (app/manifest.ts, the viewport in app/layout.tsx): the header's green, the page's stone (app/globals.css). */
export const THEME_COLOR = "#175546";
export const BACKGROUND_COLOR = "#fafaf9";
