/** Fills `{name}` placeholders of a catalogue string; unknown names are left as they are. */
export function fill(template: string, values: object): string {
  const known = values as Record<string, unknown>;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (known[name] == null ? whole : String(known[name])));
}
