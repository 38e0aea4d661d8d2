/**
 * Ticked sets kept in the order of the list they come from, so answers and stored scenarios compare
 * and read alike whatever order the boxes were ticked in.
 */
export function inOrder<T>(all: readonly T[], picked: readonly T[]): T[] {
  return all.filter((item) => picked.includes(item));
}

/**
 * A picked set with one item switched on or off, in the list's order.
 * @example toggled(['a', 'b', 'c'], ['c'], 'a', true) // ['a', 'c']
 */
export function toggled<T>(all: readonly T[], picked: readonly T[], item: T, on: boolean): T[] {
  return inOrder(all, on ? [...picked, item] : picked.filter((p) => p !== item));
}
