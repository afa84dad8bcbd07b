import type { ReactNode } from 'react';

/**
 * A translated sentence with a Thai proper name in it (an LAO, a person): the name is marked `lang="th"` so screen
 * readers switch voice and the English interface knows it is data, not an untranslated string.
 */
export function withThaiName(text: string, name: string): ReactNode {
  const at = name ? text.indexOf(name) : -1;
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span lang="th">{name}</span>
      {text.slice(at + name.length)}
    </>
  );
}
