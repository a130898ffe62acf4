/** The one result shape of form actions (useActionState). */
export type ActionState = {
  ok?: boolean;
  error?: string;
  info?: string;
  fieldErrors?: Record<string, string>;
  recoveryCodes?: string[];
  /**
   * What the user typed, given back so a refused form keeps it (the login ID after a
   * wrong password): the field's defaultValue, with and without JavaScript. Never a secret.
   */
  values?: Record<string, string>;
};

export const initialActionState: ActionState = {};
