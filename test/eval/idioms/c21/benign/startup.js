const SUPPORTED_ZONES = new Set(Intl.supportedValuesOf('timeZone'));
function currentZone() {
  return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
async function bootstrap(argv) {
  if (!SUPPORTED_ZONES.has(currentZone())) {
    process.stderr.write('Unknown TZ value; falling back to UTC.\n');
    process.env.TZ = 'UTC';
  }
  const { runCommand } = require('./commands');
  await runCommand(argv);
}
bootstrap(process.argv.slice(2));
