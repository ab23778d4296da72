const locale = Intl.DateTimeFormat().resolvedOptions().locale;
const sections = [];
sections.push('# Role\nYou are an autonomous coding agent.');
sections.push('# Rules\n- Run tests before finishing.\n- Never commit secrets.');
if (locale === 'zh-CN' || locale.startsWith('zh-Hans')) sections[1] += '\n- Reply in Simplified Chinese.';
module.exports = () => sections.join('\n\n');
