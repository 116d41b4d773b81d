/** The junior highs a student chooses from, as choiceOptions sends them. */
export interface JuniorSchool {
  id: string;
  name: string;
  district: string;
}

export interface DistrictGroup {
  district: string;
  schools: JuniorSchool[];
}

/** Spaces and letter case are not what a parent means to type (“第二 中学”, “XZ”). */
function normalise(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * The junior highs whose name or district holds the typed text anywhere, grouped by district: the
 * districts in the order the server sent them (it sorts by district), each school under its own.
 * An empty query lists every school.
 */
export function groupJuniorSchools(schools: readonly JuniorSchool[], query: string): DistrictGroup[] {
  const wanted = normalise(query);
  const groups = new Map<string, JuniorSchool[]>();
  for (const school of schools) {
    if (wanted && !normalise(school.name).includes(wanted) && !normalise(school.district).includes(wanted)) continue;
    const group = groups.get(school.district);
    if (group) group.push(school);
    else groups.set(school.district, [school]);
  }
  return [...groups].map(([district, list]) => ({ district, schools: list }));
}
