/**
 * Cross-reference checks the schema cannot express: unique ids, source ids
 * that resolve, cue groups and exercises' timer protocols that resolve, one
 * red-flag result per level, and routine steps whose exercises and timer
 * protocols resolve.
 *
 * Pure and type-only (no zod at run time), so it can ship in the browser and
 * run on the bundled catalogue and on a clinic's merged one.
 */
// The levels from `levels.ts`, not the schema: importing a value from the schema would pull zod into the bundle.
import { TRIAGE_LEVELS } from './levels';
import type { Catalogue } from './schema';

/**
 * One message per problem, each starting with its JSON path, e.g.
 * `exercises[3].sources[1]: unknown source id "foo"`. Empty when all is well.
 *
 * Accepts a whole `Catalogue` or one with sections missing (what the store
 * holds while merging); a missing section counts as empty, so references to
 * it are reported as unknown.
 */
export function referenceIssues(catalogue: Catalogue | Partial<Catalogue>): string[] {
  const issues: string[] = [];
  const {
    sources = [],
    exercises = [],
    redFlagSets = [],
    cueGroups = [],
    cues = [],
    protocols = [],
    routines = [],
  } = catalogue;

  checkUniqueIds(sources, 'sources', issues);
  checkUniqueIds(exercises, 'exercises', issues);
  checkUniqueIds(redFlagSets, 'redFlagSets', issues);
  checkUniqueIds(cueGroups, 'cueGroups', issues);
  checkUniqueIds(cues, 'cues', issues);
  checkUniqueIds(protocols, 'protocols', issues);
  checkUniqueIds(routines, 'routines', issues);

  const sourceIds = new Set(sources.map((s) => s.id));
  const checkSources = (ids: readonly string[], path: string) => {
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) issues.push(`${path}.sources[${i}]: unknown source id "${id}"`);
    });
  };

  const protocolIds = new Set(protocols.map((p) => p.id));
  const checkProtocol = (id: string | undefined, path: string) => {
    if (id !== undefined && !protocolIds.has(id)) issues.push(`${path}.protocol: unknown protocol id "${id}"`);
  };
  exercises.forEach((e, i) => {
    checkProtocol(e.protocol, `exercises[${i}]`);
    checkSources(e.sources, `exercises[${i}]`);
  });

  redFlagSets.forEach((set, s) => {
    const setPath = `redFlagSets[${s}]`;
    checkSources(set.sources, setPath);
    checkUniqueIds(set.questions, `${setPath}.questions`, issues);
    set.questions.forEach((q, i) => checkSources(q.sources, `${setPath}.questions[${i}]`));
    set.results.forEach((r, i) => checkSources(r.sources, `${setPath}.results[${i}]`));

    // Exactly one result per level: report duplicates where they are, and
    // missing levels on the `results` array itself.
    const firstByLevel = new Map<string, number>();
    set.results.forEach((r, i) => {
      const first = firstByLevel.get(r.level);
      if (first === undefined) firstByLevel.set(r.level, i);
      else
        issues.push(
          `${setPath}.results[${i}].level: duplicate level "${r.level}" (also ${setPath}.results[${first}])`,
        );
    });
    for (const level of TRIAGE_LEVELS) {
      if (!firstByLevel.has(level)) issues.push(`${setPath}.results: no result for level "${level}"`);
    }
  });

  const groupIds = new Set(cueGroups.map((g) => g.id));
  cueGroups.forEach((g, i) => checkSources(g.sources, `cueGroups[${i}]`));
  cues.forEach((c, i) => {
    if (!groupIds.has(c.group)) issues.push(`cues[${i}].group: unknown cue group "${c.group}"`);
    checkSources(c.sources, `cues[${i}]`);
  });

  protocols.forEach((p, i) => checkSources(p.sources, `protocols[${i}]`));

  const exerciseIds = new Set(exercises.map((e) => e.id));
  routines.forEach((routine, r) => {
    const path = `routines[${r}]`;
    checkSources(routine.sources, path);
    routine.steps.forEach((step, i) => {
      if (!exerciseIds.has(step.exercise)) issues.push(`${path}.steps[${i}].exercise: unknown exercise id "${step.exercise}"`);
      checkProtocol(step.protocol, `${path}.steps[${i}]`);
    });
  });

  return issues;
}

/** Pushes one issue per entry whose id an earlier entry already has (both paths named). */
export function checkUniqueIds(entries: readonly { id: string }[], path: string, issues: string[]): void {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, i) => {
    const first = firstIndex.get(entry.id);
    if (first === undefined) firstIndex.set(entry.id, i);
    else issues.push(`${path}[${i}].id: duplicate id "${entry.id}" (also ${path}[${first}])`);
  });
}
