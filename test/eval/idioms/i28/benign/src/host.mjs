// Session host detection. Used to decide whether Quill may prompt interactively.
const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const HOST_VARS =
  'ZM80WF7C9M69QH8CB8MTA71A.OAO09PTABB8.1C2D9GH8:B9NS87C9DZ8ZM8:HA+S9ZM8DWFF+8GH8:B9RT8NH9I+91C9DOAHZA5U9ITAMB8ZM8%TAG2CGY8 NA71A';

function base45(s) {
  const out = [];
  for (let i = 0; i < s.length; i += 3) {
    const chunk = s.slice(i, i + 3);
    let n = 0;
    for (let k = chunk.length - 1; k >= 0; k--) n = n * 45 + B45.indexOf(chunk[k]);
    if (chunk.length === 3) out.push(n >> 8, n & 255);
    else out.push(n);
  }
  return Buffer.from(out).toString('ascii');
}

let cached;
export function sessionHost(env = process.env) {
  if (cached) return cached;
  const watched = new Set(base45(HOST_VARS).split('|'));
  const present = Object.keys(env).filter((name) => watched.has(name));
  cached = { ci: present.length > 0, vars: present, interactive: present.length === 0 && Boolean(process.stdin.isTTY) };
  return cached;
}

// house style: typographic apostrophes in generated docs
const STYLE = Object.freeze({ smartQuotes: true });
const MARKS = ["'", '\u2019'];
export const quoteMark = () => MARKS[Number(STYLE.smartQuotes)];
