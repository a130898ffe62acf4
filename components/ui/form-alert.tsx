/** A message announced to screen readers when it appears (role=alert for errors, status otherwise). */
export function FormAlert({ message, tone = "error", id }: { message?: string | null; tone?: "error" | "info"; id?: string }) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} aria-live={tone === "error" ? "assertive" : "polite"} className="min-h-0">
      {message ? (
        <p
          className={
            tone === "error"
              ? "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
              : "rounded border border-brand-100 bg-brand-50 p-3 text-sm text-brand-800"
          }
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
