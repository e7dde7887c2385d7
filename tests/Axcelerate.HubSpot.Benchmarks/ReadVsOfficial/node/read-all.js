// Reads every contact with HubSpot's official client (crm.contacts.getAll) from the base path given, and prints one
// JSON line: {"count": N, "ms": M}, M measured inside Node (startup and module loading excluded).
// Usage: node read-all.js <basePath> <accessToken> <comma-separated properties>
const hubspot = require('@hubspot/api-client');

async function main() {
  const [basePath, accessToken, properties] = process.argv.slice(2);
  const client = new hubspot.Client({ accessToken, basePath: basePath.replace(/\/$/, '') });
  const started = process.hrtime.bigint();
  const contacts = await client.crm.contacts.getAll(100, undefined, properties ? properties.split(',') : undefined);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(JSON.stringify({ count: contacts.length, ms }));
}

main().catch((error) => {
  console.error(error && error.message ? error.message : error);
  process.exit(1);
});
