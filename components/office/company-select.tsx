import type { OfficeCompany } from "@/lib/office/employees";

/** The office's client companies to choose from (enabled ones only: nobody is added to a disabled company). */
export function CompanySelect({ id, label, companies, value, error }: { id: string; label: string; companies: OfficeCompany[]; value?: string; error?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-bold">{label}</label>
      <select id={id} name="companyId" defaultValue={value} key={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className="block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-lg">
        {companies.map((c) => (
          <option key={c.id} value={c.id}>{c.code} {c.name}</option>
        ))}
      </select>
      {error && <p id={`${id}-error`} className="text-sm text-red-800">{error}</p>}
    </div>
  );
}
