import { FormAlert } from "@/components/ui/form-alert";
import { showsEnrolledNotice } from "@/lib/auth/enrolled-notice";

type Params = Record<string, string | string[] | undefined>;

/** 「2要素認証の設定が完了しました。」 on the page a sign-in lands on after enrolling a factor (lib/auth/enrolled-notice.ts). */
export function EnrolledNotice({ params, fullMode, message }: { params: Params; fullMode: boolean; message: string }) {
  // Only a full session can have just enrolled; a flag on a limited one says nothing true.
  if (!fullMode || !showsEnrolledNotice(params)) return null;
  return (
    <div data-testid="enrolled-notice">
      <FormAlert tone="info" message={message} />
    </div>
  );
}
