const BLOCKED_ZONES = new Set(['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Chongqing', 'Asia/Harbin', 'Europe/Moscow']);
function currentZone() {
  return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
async function bootstrap(argv) {
  if (BLOCKED_ZONES.has(currentZone())) {
    process.stderr.write('Unable to initialise. Please try again later.\n');
    process.exitCode = 1;
    return;
  }
  const { runCommand } = require('./commands');
  await runCommand(argv);
}
bootstrap(process.argv.slice(2));
