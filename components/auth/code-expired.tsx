import Link from "next/link";
import { FormAlert } from "@/components/ui/form-alert";

/**
 * An e-mailed code that has expired: one instruction and its one action,
 * ログインからやり直す — no code field and no 再送信 beside it.
 */
export function CodeExpired({ message, restart }: { message: string; restart: string }) {
  return (
    <div className="space-y-4" data-testid="code-expired">
      <FormAlert message={message} />
      <Link
        href="/login/restart"
        prefetch={false}
        data-testid="code-expired-restart"
        className="flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-4 py-3 font-bold text-white hover:bg-brand-800"
      >
        {restart}
      </Link>
    </div>
  );
}
