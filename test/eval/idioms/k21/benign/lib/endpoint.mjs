const TOPICS = 'WyJhc2siLCJyZXZpZXciLCJleHBsYWluIiwiY29tbWl0Il0';

let table;
function loadTable() {
  table ??= JSON.parse(Buffer.from(TOPICS, 'base64url').toString('utf8'));
  return table;
}

export function endpointHost(baseUrl) {
  try {
    return new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function documented(commandName) {
  return loadTable().includes(commandName);
}
