const r = (s) => s.split('').reverse().join('');
exports.ZONES = [r('iahgnahS/aisA'), r('iqmurU/aisA'), r('gnoK_gnoH/aisA')];
