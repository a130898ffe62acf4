import { setLocaleAction } from "@/app/actions/locale";
import type { Locale } from "@/lib/i18n/config";
import { CurrentPathInput } from "./current-path-input";

/** Plain form buttons, so switching works before any JavaScript has loaded. */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const options: { value: Locale; text: string }[] = [
    { value: "ja", text: "日本語" },
    { value: "en", text: "English" },
  ];
  return (
    <form action={setLocaleAction} aria-label={label} className="flex items-center gap-1 text-sm">
      <CurrentPathInput />
      {options.map((o) => (
        <button
          key={o.value}
          type="submit"
          name="locale"
          value={o.value}
          lang={o.value}
          aria-pressed={o.value === locale}
          className="min-h-11 rounded px-2 py-1 underline-offset-4 hover:underline aria-pressed:font-bold aria-pressed:no-underline aria-pressed:bg-white/15"
        >
          {o.text}
        </button>
      ))}
    </form>
  );
}
