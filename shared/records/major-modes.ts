/**
 * 学制: plain three years, 3+2 (中高职衔接), or five-year integrated (五年一贯制). The names without
 * zod, for the brochure page of the main package; major.ts builds its schema from the list.
 */
export const majorModes = ['three-year', 'three-plus-two', 'five-year'] as const;
export type MajorMode = (typeof majorModes)[number];

export const majorModeLabels: Record<MajorMode, string> = {
  'three-year': '三年制',
  'three-plus-two': '3+2 中高职衔接',
  'five-year': '五年一贯制',
};
