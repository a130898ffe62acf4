/** Whether the punches the app answered "recorded" are each stored once, and nothing else. */
export type PunchCheck = { acknowledged: number; stored: number; lost: number; doubled: number };

export function checkPunches(createdKeys: string[], storedKeys: string[]): PunchCheck {
  const acknowledged = new Set(createdKeys);
  const stored = new Set(storedKeys);
  const lost = [...acknowledged].filter((k) => !stored.has(k)).length;
  // Twice "recorded" for one form, a row stored twice, or a row stored though never answered "recorded".
  const doubled =
    createdKeys.length - acknowledged.size + (storedKeys.length - stored.size) + [...stored].filter((k) => !acknowledged.has(k)).length;
  return { acknowledged: createdKeys.length, stored: storedKeys.length, lost, doubled };
}
