/**
 * dist/manifest.xml for where the add-in is hosted: every URL under the development address
 * (https://localhost:3000/) moves to the production URL, and the AppDomain — an origin, without
 * the trailing slash, so a plain text replacement of the URL misses it — to the production
 * origin. A manifest that still names localhost after this is refused (the build fails), so a
 * production build never trusts a development server.
 */
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

function productionManifest(xml, productionUrl) {
  const url = new URL(productionUrl);
  if (url.protocol !== "https:") throw new Error(`The add-in must be hosted over HTTPS, not ${productionUrl}.`);
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  const out = xml
    .split(DEV_URL)
    .join(base)
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${url.origin}</AppDomain>`);
  // Only the comment at the top may still mention development.
  const body = out.replace(/<!--[\s\S]*?-->/g, "");
  if (/localhost/i.test(body)) throw new Error("dist/manifest.xml would still name localhost.");
  return out;
}

module.exports = { DEV_URL, productionManifest };
