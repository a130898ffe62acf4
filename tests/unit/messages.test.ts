// The dictionaries: every message is valid ICU, every English message names
// exactly the variables of its Japanese counterpart, and copy that states a
// configured duration follows the configuration.
import { afterEach, describe, expect, it, vi } from "vitest";
import { emailCodeExpired, emailCodeLead, skipLasts } from "@/lib/i18n/configured-copy";
import { messagesFor } from "@/lib/i18n/dictionaries";
import { format, messageEntries, parseMessage } from "@/lib/i18n/message";
import { signInCodeMail } from "@/lib/mail/templates";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/** The argument names of a parsed ICU message, nested branches included. */
function variables(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    if (el.type === TYPE.literal || el.type === TYPE.pound) return [];
    if (el.type === TYPE.plural || el.type === TYPE.select) return [el.value, ...Object.values(el.options).flatMap((o) => variables(o.value))];
    if (el.type === TYPE.tag) return variables(el.children);
    return [el.value];
  });
}
const namesOf = (message: string) => [...new Set(variables(parse(message, { ignoreTag: true })))].sort();

describe("dictionaries", () => {
  const ja = new Map(messageEntries(messagesFor("ja")));
  const en = new Map(messageEntries(messagesFor("en")));

  it("have the same keys in both languages", () => {
    expect([...en.keys()].sort()).toEqual([...ja.keys()].sort());
  });

  it("hold only valid ICU messages", () => {
    for (const [key, message] of [...ja, ...en]) expect(() => parseMessage(message), key).not.toThrow();
  });

  it("give every English message the variables of its Japanese one", () => {
    let withVariables = 0;
    for (const [key, message] of ja) {
      expect(namesOf(en.get(key)!), key).toEqual(namesOf(message));
      if (namesOf(message).length > 0) withVariables++;
    }
    expect(withVariables).toBeGreaterThan(25);
  });

  it("write no English message in Japanese script (the formatter takes such a text for Japanese)", () => {
    for (const [key, message] of en) expect(message, key).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it("use the plural rules of their language", () => {
    const minutes = messagesFor("en").mail.signInCode.body[1];
    expect(format(minutes, { minutes: 1 })).toContain("valid for 1 minute.");
    expect(format(minutes, { minutes: 30 })).toContain("valid for 30 minutes.");
    expect(format(messagesFor("ja").mail.signInCode.body[1], { minutes: 1 })).toContain("有効期間は1分間です");
  });
});

describe("copy that states a configured duration", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("follows EMAIL_CODE_TTL_MINUTES on the verify page, in its refusal and in the mail", () => {
    vi.stubEnv("EMAIL_CODE_TTL_MINUTES", "7");
    expect(emailCodeLead(messagesFor("ja"), "t***@example.com")).toContain("有効期間は7分間です");
    expect(emailCodeLead(messagesFor("en"), "t***@example.com")).toContain("valid for 7 minutes");
    expect(emailCodeExpired(messagesFor("ja"))).toContain("（7分間）");
    expect(signInCodeMail("ja", { loginId: "C001-00042", code: "123456", minutes: 7 }).text).toContain("有効期間は7分間です");
    vi.stubEnv("EMAIL_CODE_TTL_MINUTES", "30");
    expect(emailCodeLead(messagesFor("ja"), "t***@example.com")).toContain("有効期間は30分間です");
  });

  it("states the skip's days", () => {
    expect(skipLasts(messagesFor("ja"), "2027年2月21日")).toContain("省略設定後90日間（2027年2月21日まで）");
  });
});
