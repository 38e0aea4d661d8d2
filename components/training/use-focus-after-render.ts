import { useCallback, useEffect, useState } from 'react';

/**
 * Moves focus once React has drawn what it moves to (an error summary that only now appears, a
 * button that replaces a question). The request is state, not a ref, so it lands in the same
 * render as the change it waits for: a ref could be taken by the effects of an earlier render
 * still being flushed (a live query's update), and the focus would be lost.
 * @example const focusAfterRender = useFocusAfterRender(); focusAfterRender(() => heading.focus());
 */
export function useFocusAfterRender(): (focus: () => void) => void {
  const [request, setRequest] = useState<{ focus: () => void } | null>(null);
  useEffect(() => request?.focus(), [request]);
  return useCallback((focus: () => void) => setRequest({ focus }), []);
}
