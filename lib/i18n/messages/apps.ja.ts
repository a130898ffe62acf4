/** UI text of the apps behind the gate (home, attendance, payslips, …). */
export const appsJa = {
  home: {
    heading: "ホーム",
  },
};
