import { emulateMedia } from '@web/test-runner-commands';

export interface Media {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'no-preference' | 'reduce';
}

function unmet(media: Media): string[] {
  const queries = [
    media.colorScheme && `(prefers-color-scheme: ${media.colorScheme})`,
    media.reducedMotion && `(prefers-reduced-motion: ${media.reducedMotion})`,
  ].filter((q): q is string => !!q);
  return queries.filter((q) => !matchMedia(q).matches);
}

/**
 * Makes sure the page has these media features, and fails the test if it
 * cannot. Chromium emulates them per page (CDP); Firefox and WebKit cannot, so
 * there the browser must have been launched with them: a file that calls this
 * with `dark` or `reduce` is named *.dark.test.ts or *.reduced-motion.test.ts
 * so that web-test-runner.config.mjs runs it in such a launch.
 */
export async function useMedia(media: Media): Promise<void> {
  if (unmet(media).length === 0) return;
  let why = '';
  try {
    await emulateMedia(media);
  } catch (error) {
    why = ` (and it cannot emulate them: ${(error as Error).message})`;
  }
  const missing = unmet(media);
  if (missing.length > 0) {
    throw new Error(`this browser was not launched with ${missing.join(' and ')}${why}`);
  }
}
