// Redoc's sidebar footer ("API docs by" + logo) loads its logo from the vendor's CDN, and build-docs has no
// option to turn it off (checked for @redocly/cli 2.77.0). Swap the two logo URLs for an inline SVG that says
// the same thing, so the page renders with no network and keeps its attribution.

const LOGO_URLS = ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg"];

const INLINE_LOGO =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">' +
      '<text x="0" y="12" font-family="sans-serif" font-size="12" fill="currentColor">Redocly</text></svg>',
  );

// A tag attribute that makes the browser fetch something on load.
const EXTERNAL_RESOURCE =
  /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//gi;

/** @param {string} html @returns {string} */
export function makeOffline(html) {
  let out = html;
  for (const url of LOGO_URLS) {
    if (!out.includes(url)) {
      throw new Error(`Expected Redoc's CDN logo ${url} in the page: the Redoc bundle changed, recheck make-offline`);
    }
    out = out.split(url).join(INLINE_LOGO);
  }
  const external = out.match(EXTERNAL_RESOURCE);
  if (external) throw new Error(`The page still loads external resources: ${external.slice(0, 3).join(" | ")}`);
  return out;
}
