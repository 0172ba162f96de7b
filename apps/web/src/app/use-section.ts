import { useCallback, useEffect, useState } from 'react';
import type { Section } from './capabilities';

function fromHash(sections: readonly Section[]): Section {
  const wanted = window.location.hash.slice(1);
  return sections.find((section) => section === wanted) ?? sections[0] ?? 'live';
}

/** The section shown, kept in the address's hash so a reload or a bookmark opens the same one. */
export function useSection(sections: readonly Section[]): [Section, (section: Section) => void] {
  const [section, setSection] = useState(() => fromHash(sections));
  useEffect(() => {
    const follow = () => setSection(fromHash(sections));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [sections]);
  const go = useCallback((next: Section) => {
    window.history.replaceState(null, '', `#${next}`);
    setSection(next);
  }, []);
  return [section, go];
}
