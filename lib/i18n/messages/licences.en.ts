import type { Messages } from "./ja";

export const licencesEn: Messages["licences"] = {
  title: "Licences",
  lead: "Choose, for each client company, which apps it uses, and save. An app not in use disappears from that company's employees' menus and cannot be used.",
  apps: { ATTENDANCE: "Net de Attendance", PAYSLIPS: "Net de Payslips", RECEPTION: "Net de Reception" },
  inUse: "In use",
  save: "Save",
  saved: "The licences of {company} are saved.",
  unchanged: "Nothing changed.",
  employees: "{count} employees",
  noCompanies: "No client companies are registered.",
  notFound: "That client company does not exist.",
};
