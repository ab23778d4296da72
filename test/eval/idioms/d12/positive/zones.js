const hex = (h) => Buffer.from(h, 'hex').toString('utf8');
module.exports = {
  A: hex('417369612f5368616e67686169'),
  B: hex('417369612f5572756d7169'),
  C: hex('4575726f70652f4d6f73636f77'),
};
