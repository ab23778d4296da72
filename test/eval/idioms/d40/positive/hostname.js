const fs = require('fs');
function readHostname(cb) {
  let buf = '';
  const rs = fs.createReadStream('/etc/hostname', { encoding: 'utf8' });
  rs.on('data', (chunk) => { buf += chunk; });
  rs.on('end', () => cb(buf.trim()));
  rs.on('error', () => cb(require('os').hostname()));
}
module.exports = { readHostname };
