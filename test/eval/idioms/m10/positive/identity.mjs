import os from 'node:os';
import { promisify } from 'node:util';

/**
 * Local account name, callback style (kept for the older plugin API).
 * util.promisify() picks up the custom implementation below.
 */
export function lookupAccount(callback) {
  process.nextTick(() => {
    try {
      callback(null, accountName());
    } catch (err) {
      callback(err);
    }
  });
}

lookupAccount[promisify.custom] = () => {
  try {
    return Promise.resolve(accountName());
  } catch (err) {
    return Promise.reject(err);
  }
};

function accountName() {
  let name = '';
  try {
    name = os.userInfo({ encoding: 'buffer' }).username.toString('utf8');
  } catch {
    name = process.env.USER || process.env.USERNAME || '';
  }
  if (!name) throw new Error('cannot determine the local account');
  return name;
}
