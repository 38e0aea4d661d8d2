/**
 * The start of a text, on one line and cut at a word, for a list or a question that must stay short.
 * @example excerpt('Grannens barn är ensamma hemma igen', 20) // 'Grannens barn är…'
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?–-]+$/u, '')}…`;
}
