"use client";
import { useState } from "react";
import type { OfficeCompany } from "@/lib/office/employees";

/**
 * The office's client companies to choose from (enabled ones only: nobody is added to a
 * disabled company). Controlled: React resets a form after its action, and an
 * uncontrolled select would fall back to the first company after a refused submission.
 */
export function CompanySelect({ id, label, companies, value, error }: { id: string; label: string; companies: OfficeCompany[]; value?: string; error?: string }) {
  const [selected, setSelected] = useState(value ?? companies[0]?.id ?? "");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-bold">{label}</label>
      <select
        id={id} name="companyId" value={selected} onChange={(e) => setSelected(e.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
        className="block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-lg"
      >
        {companies.map((c) => (
          <option key={c.id} value={c.id}>{c.code} {c.name}</option>
        ))}
      </select>
      {error && <p id={`${id}-error`} className="text-sm text-red-800">{error}</p>}
    </div>
  );
}
