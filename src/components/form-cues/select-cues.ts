import type { Cue, CueGroup } from '../../catalogue/schema';

/** The cues to show, grouped, and the ids of the `cues` attribute that matched nothing. */
export interface Selection {
  groups: { group: CueGroup; cues: Cue[] }[];
  unknown: string[];
}

/**
 * Which cues a `cues` attribute selects: cue ids and group ids, commas
 * between, whitespace ignored; empty or absent selects all. The result is in
 * catalogue order (groups in `cueGroups` order, cues in `cues` order),
 * whatever the order of the attribute.
 */
export function selectCues(allGroups: readonly CueGroup[], allCues: readonly Cue[], attribute: string | null): Selection {
  const ids = [...new Set((attribute ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
  const groupIds = new Set(allGroups.map((g) => g.id));
  const cueIds = new Set(allCues.map((c) => c.id));
  const unknown = ids.filter((id) => !groupIds.has(id) && !cueIds.has(id));
  const wanted = new Set(ids);
  const shown = (cue: Cue) => !ids.length || wanted.has(cue.id) || wanted.has(cue.group);
  const groups = allGroups
    .map((group) => ({ group, cues: allCues.filter((cue) => cue.group === group.id && shown(cue)) }))
    .filter((g) => g.cues.length);
  return { groups, unknown };
}
