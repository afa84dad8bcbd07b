/**
 * DLA's open data holds websites as typed by people: "www.phala.go.th", "http://www.kiriwong.go.th/",
 * "www.Khlongphon go.th", "WWW..Aolueknuea.go.th". Returns a safe http(s) URL to link to, or null when the
 * value cannot be a web address (it is then shown as text only).
 */
export function websiteHref(raw: string | undefined | null): string | null {
  const value = raw?.trim();
  if (!value || /\s/.test(value)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const labels = url.hostname.split('.');
  if (labels.length < 2 || labels.some((label) => label === '')) return null;
  return url.toString();
}

/** Text to show for a website: without scheme and trailing slash. */
export function websiteLabel(raw: string): string {
  return raw.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '');
}
