"use client";
import { useEffect, useRef } from "react";

/**
 * The header's menu: on a phone a disclosure (<details>, so it opens without
 * JavaScript), from the `sm` width up always open with its button hidden
 * (globals.css, `.site-menu`). With JavaScript, following a link or pressing a
 * button in it closes it again, since the header stays on screen across pages;
 * so do Escape (focus back on its button) and a tap outside it, as people expect
 * of a menu that covers the page.
 */
export function SiteMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  function closeAfterChoice(event: React.MouseEvent) {
    if (menu.current && (event.target as Element).closest("a[href], button")) menu.current.open = false;
  }
  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, []);
  return (
    <details ref={menu} className="site-menu group relative" data-testid="site-menu" onClick={closeAfterChoice}>
      <summary className="flex min-h-11 min-w-11 cursor-pointer list-none items-center gap-1.5 rounded border border-white/60 px-3 text-sm hover:bg-white/10 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="text-base leading-none group-open:hidden">☰</span>
        <span aria-hidden="true" className="hidden text-base leading-none group-open:inline">×</span>
        {label}
      </summary>
      <div className="absolute right-0 top-full z-30 mt-1 flex w-60 flex-col gap-1 rounded-lg bg-brand-800 p-2 shadow-lg sm:static sm:mt-0 sm:w-auto sm:flex-row sm:items-center sm:gap-3 sm:bg-transparent sm:p-0 sm:shadow-none">
        {children}
      </div>
    </details>
  );
}
