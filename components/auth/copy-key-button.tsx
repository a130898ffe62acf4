"use client";
import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * Copies the setup key. Rendered only once the script runs: without JavaScript
 * there is no button that does nothing, and the key stays selectable text.
 */
export function CopyKeyButton({ value, text }: { value: string; text: { copy: string; copied: string } }) {
  // false in the server's HTML, true once hydrated.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [copied, setCopied] = useState(false);
  if (!ready) return null;
  return (
    <div className="space-y-1">
      <button
        type="button"
        data-testid="copy-key"
        className="min-h-11 w-full rounded-lg border border-brand-700 bg-white px-3 font-bold text-brand-700 hover:bg-brand-50"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(value);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {text.copy}
      </button>
      <p role="status" aria-live="polite" className="text-center text-sm text-brand-800" data-testid="copy-key-status">
        {copied ? text.copied : ""}
      </p>
    </div>
  );
}
