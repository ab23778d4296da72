exports.zoneName = () => {
  const m = /\(([^)]+)\)$/.exec(new Date().toString());
  return m ? m[1] : '';
};
