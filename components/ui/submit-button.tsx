"use client";
import { useFormStatus } from "react-dom";

/** Disabled while its form is submitting, so a double tap sends once. */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  name,
  value,
  className = "",
  testId,
  disabled = false,
}: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "link";
  name?: string;
  value?: string;
  className?: string;
  testId?: string;
  /** Nothing to submit (e.g. nothing to resume): shown, but not pressable. */
  disabled?: boolean;
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "w-full rounded-lg bg-brand-700 px-4 py-3 font-bold text-white hover:bg-brand-800 disabled:opacity-60",
    secondary: "w-full rounded-lg border border-brand-700 bg-white px-4 py-3 font-bold text-brand-700 hover:bg-brand-50 disabled:opacity-60",
    link: "min-h-11 px-1 text-brand-700 underline underline-offset-4 disabled:opacity-60",
  }[variant];
  return (
    <button type="submit" name={name} value={value} disabled={pending || disabled} aria-disabled={pending || disabled} data-testid={testId} className={`min-h-12 ${styles} ${className}`}>
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
