/** Loads the zod validator on demand: in the npm build, a chunk beside this module. */
export const loadValidator = (): Promise<typeof import('./validate')> => import('./validate');
