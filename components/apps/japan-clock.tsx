"use client";
import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/config";
import { formatDayWithWeekday } from "@/lib/i18n/format";
import { formatTime } from "@/lib/i18n/format-apps";

/**
 * The current Japan time, ticking. It starts from the server's time so the
 * first paint matches the server's HTML; the punch itself is always stamped by
 * the server, never by this clock.
 */
export function JapanClock({ initialIso, locale, label }: { initialIso: string; locale: Locale; label: string }) {
  const [now, setNow] = useState(() => new Date(initialIso));
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return (
    <div className="text-center" data-testid="japan-clock">
      <p className="text-sm text-stone-600">{label}</p>
      <p className="text-base">{formatDayWithWeekday(now, locale)}</p>
      {/* Not a live region: a screen reader would announce every second. */}
      <time dateTime={now.toISOString()} className="block text-4xl font-bold tabular-nums sm:text-5xl" suppressHydrationWarning>
        {formatTime(now, locale)}
      </time>
    </div>
  );
}
