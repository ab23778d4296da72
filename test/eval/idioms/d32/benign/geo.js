exports.restricted = process.argv.includes('--compact');
