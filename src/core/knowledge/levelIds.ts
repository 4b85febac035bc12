/** The six levels of the infrastructure pyramid, bottom to top, with their short names. */
export const LEVEL_IDS = ['metal', 'vm', 'containers', 'kubernetes', 'serverless', 'code'] as const;

export type LevelId = (typeof LEVEL_IDS)[number];

export const LEVEL_TITLES: Record<LevelId, string> = {
  metal: 'Physical servers',
  vm: 'Virtual machines',
  containers: 'Containers',
  kubernetes: 'Kubernetes',
  serverless: 'Serverless',
  code: 'Your code',
};

export function isLevelId(value: unknown): value is LevelId {
  return typeof value === 'string' && (LEVEL_IDS as readonly string[]).includes(value);
}
