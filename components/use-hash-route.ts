/**
 * A page's view from the address's #hash, kept in step with Back and Forward, so views can be
 * bookmarked. `go` pushes a history entry (pages never assign location.hash: that would fire
 * hashchange and render twice).
 */
import { useEffect, useState } from 'react';

export function useHashRoute<T>(parse: (hash: string) => T): [T, (hash: string) => void] {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const onHistory = () => setRoute(parse(location.hash));
    window.addEventListener('hashchange', onHistory);
    window.addEventListener('popstate', onHistory);
    return () => {
      window.removeEventListener('hashchange', onHistory);
      window.removeEventListener('popstate', onHistory);
    };
  }, [parse]);
  const go = (hash: string) => {
    if (location.hash !== `#${hash}`) history.pushState(null, '', `#${hash}`);
    setRoute(parse(`#${hash}`));
  };
  return [route, go];
}
