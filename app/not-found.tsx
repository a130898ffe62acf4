import Link from "next/link";
import { getMessages } from "@/lib/i18n";

export default async function NotFound() {
  const { t } = await getMessages();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.errors.notFound}</h1>
      <Link href="/" className="text-brand-700 underline underline-offset-4">{t.common.backToTop}</Link>
    </div>
  );
}
