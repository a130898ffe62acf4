import type { Metadata } from "next";
import { InvitationForm } from "@/components/office/invitation-form";
import { getMessages } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.officeConsole.invite.heading };
}

/** 初回パスワードの設定: the page the invitation mail links to (`?id=` fills in the login ID). */
export default async function InvitePage({ searchParams }: { searchParams: Promise<{ id?: string | string[] }> }) {
  const { t } = await getMessages();
  const { id } = await searchParams;
  const m = t.officeConsole.invite;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{m.heading}</h1>
        <p className="text-stone-700">{m.lead}</p>
      </div>
      <InvitationForm t={m} loginId={typeof id === "string" ? id.slice(0, 64) : ""} />
    </div>
  );
}
