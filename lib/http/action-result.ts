/** The one result shape of form actions (useActionState). */
export type ActionState = {
  ok?: boolean;
  error?: string;
  info?: string;
  fieldErrors?: Record<string, string>;
  recoveryCodes?: string[];
};

export const initialActionState: ActionState = {};
