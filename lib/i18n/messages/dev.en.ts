import type { Messages } from "./ja";

export const devEn: Messages["dev"] = {
  outbox: {
    heading: "Development outbox",
    lead: "No mail service is configured, so mail sent by the app arrives here. Production has no such page.",
    banner: "Development: mail arrives in the development outbox",
    filterLabel: "Filter by recipient",
    filter: "Filter",
    all: "Show all",
    empty: "No mail yet.",
    to: "To",
    sentAt: "Sent",
  },
};
