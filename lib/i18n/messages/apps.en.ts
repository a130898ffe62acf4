import type { appsJa } from "./apps.ja";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const appsEn: Widen<typeof appsJa> = {
  home: {
    heading: "Home",
  },
};
