/** 「次回以降、同じ端末・ブラウザでログインする際にワンタイムパスワードを省略する」 on the code screen. */
export function RememberCheckbox({ label, hint }: { label: string; hint: string }) {
  return (
    <div className="flex items-start gap-3">
      <input
        id="remember"
        name="remember"
        type="checkbox"
        aria-describedby="remember-hint"
        className="mt-1 size-5 shrink-0 accent-brand-700"
        data-testid="remember-checkbox"
      />
      <div>
        <label htmlFor="remember" className="block min-h-11 text-sm leading-relaxed">{label}</label>
        <p id="remember-hint" className="text-xs text-stone-600">{hint}</p>
      </div>
    </div>
  );
}
