import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { ConsoleMenu } from "@/components/office/console-menu";
import { requireOfficeSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { isOfficeAdmin } from "@/lib/office/staff";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.officeConsole.heading };
}

/** 事務所メニュー: the office console's front page, its sections drawn from lib/office/console-sections.ts. */
export default async function OfficeConsolePage() {
  const session = await requireOfficeSession("/office");
  const { t } = await getMessages();
  const admin = await isOfficeAdmin(session);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/home">{t.apps.access.backHome}</BackLink>
        <h1 className="text-2xl font-bold">{t.officeConsole.heading}</h1>
        <p className="text-stone-700">{t.officeConsole.lead}</p>
      </div>
      <ConsoleMenu t={t} current="/office" admin={admin} index />
    </div>
  );
}
