export const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
export const lang = process.env.LANG ?? 'en_US.UTF-8';
