/** ライセンス管理 (/office/licences). */
export const licencesJa = {
  title: "ライセンス管理",
  lead: "顧問先ごとに、使用するアプリを選んで保存してください。使用しないアプリは、その顧問先の従業員のメニューに表示されず、利用もできなくなります。",
  apps: { ATTENDANCE: "ネット de 就業", PAYSLIPS: "ネット de 明細", RECEPTION: "ネット de 受付" },
  inUse: "使用",
  save: "保存する",
  saved: "{company}のライセンスを保存しました。",
  unchanged: "変更はありませんでした。",
  employees: "従業員 {count}名",
  noCompanies: "顧問先が登録されていません。",
  notFound: "顧問先が見つかりません。",
} as const;
