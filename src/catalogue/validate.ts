/**
 * Validation of clinic catalogues. This module carries zod, so the browser
 * loads it only when a clinic catalogue is loaded (`load.ts` imports it
 * dynamically); the bundled catalogue is validated at build and test time.
 */
import * as z from 'zod/mini';
import { Catalogue, CatalogueMerge } from './schema';
import { applyCatalogue, ENTRY_SECTIONS, type LoadMode, type Sections } from './merge';
import { checkUniqueIds, referenceIssues } from './integrity';

type Issue = z.core.$ZodIssue;

/** `exercises[0].steps` from `['exercises', 0, 'steps']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(catalogue)';
}

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** One line per problem, each starting with its path in the data given. */
export function formatIssues(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path)}: ${describe(issue)}`);
}

export type Validation<T> = { ok: true; data: T } | { ok: false; issues: string[] };

/**
 * Checks a clinic catalogue: its shape (whole in `replace` mode, sections
 * optional in `merge` mode), then the references (ids, sources, groups) of
 * the catalogue it would make when applied to `inForce`.
 */
export function validateCatalogue(data: unknown, mode: LoadMode, inForce: Sections): Validation<CatalogueMerge> {
  const result = mode === 'replace' ? Catalogue.safeParse(data) : CatalogueMerge.safeParse(data);
  if (!result.success) return { ok: false, issues: formatIssues(result.error.issues) };
  const references = mode === 'replace' ? referenceIssues(result.data as Catalogue) : mergeIssues(result.data, inForce);
  return references.length ? { ok: false, issues: references } : { ok: true, data: result.data };
}

/**
 * The cross-reference problems of a clinic catalogue merged into `inForce`,
 * each named by its path in the clinic's data (the merged catalogue's paths
 * would send the clinic to `exercises[20]` for its own first exercise).
 * Duplicate ids within the clinic's data are reported too: merging would
 * silently keep the last.
 */
function mergeIssues(data: CatalogueMerge, inForce: Sections): string[] {
  const issues: string[] = [];
  for (const section of ENTRY_SECTIONS) checkUniqueIds((data[section] ?? []) as { id: string }[], section, issues);
  const merged = applyCatalogue(inForce, data, 'merge');
  // Merged index → index in the clinic's data, for the entries the clinic brought (merging keeps them by identity).
  const clinicIndex = (section: string, at: number): number | undefined => {
    const incoming = data[section as (typeof ENTRY_SECTIONS)[number]] as readonly object[] | undefined;
    const entry = (merged[section as (typeof ENTRY_SECTIONS)[number]] as readonly object[] | undefined)?.[at];
    const index = incoming && entry ? incoming.indexOf(entry) : -1;
    return index === -1 ? undefined : index;
  };
  const toClinicPath = (path: string) =>
    path.replace(/^(\w+)\[(\d+)\]/, (whole, section: string, at: string) => {
      const index = clinicIndex(section, Number(at));
      return index === undefined ? whole : `${section}[${index}]`;
    });
  for (const issue of referenceIssues(merged)) {
    // The issue's own path, and the other path a duplicate names ("(also …)").
    issues.push(toClinicPath(issue).replace(/\(also ([^)]+)\)$/, (_, other: string) => `(also ${toClinicPath(other)})`));
  }
  return issues;
}
