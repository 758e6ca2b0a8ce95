// docs/openapi.json under Redocly's recommended rules, with no warning allowed: an operation without
// its refusals, a required property with no schema or a missing license fails `npm test`, where a
// plain `redocly lint` would pass with warnings.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const { stdout } = await promisify(execFile)(
  'node_modules/.bin/redocly',
  ['lint', 'docs/openapi.json', '--format=json'],
  // No usage data sent to Redocly from a test run.
  { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
).catch((error) => error); // Redocly exits 1 on errors; the JSON on stdout says which.
const { problems = [] } = JSON.parse(stdout.slice(stdout.indexOf('{')));
for (const problem of problems) {
  console.error(`${problem.severity} ${problem.ruleId} at ${problem.location?.[0]?.pointer}: ${problem.message}`);
}
if (problems.length > 0) {
  console.error(`docs/openapi.json: ${problems.length} problem(s) under Redocly's recommended rules.`);
  process.exit(1);
}
console.log('✓ docs/openapi.json: no error or warning under Redocly’s recommended rules');
