/**
 * What compared or decoded literals mean: regions (time zones, UTC offsets, countries) and
 * vendors (AI labs, model resellers, clouds). A condition that compares a sensed value with
 * several of these is the shape detection.md calls serious.
 */

export type ValueClass = 'timezone' | 'utc-offset' | 'country' | 'locale' | 'cloud-region' | 'vendor' | 'other';

export interface Classified {
  value: string;
  cls: ValueClass;
  /** For vendors: the vendor key ("openai", "deepseek"…), so a list of aliases of one vendor counts once. */
  vendor?: string;
}

/** Labs' organisation logins → canonical vendor: vendors only where an account's organisation list is compared (see orgLogin). */
const ORG_LOGIN_VENDORS: Record<string, string> = { anthropics: 'anthropic', mistralai: 'mistral', 'meta-llama': 'meta', moonshotai: 'moonshot', 'zai-org': 'zhipu', thudm: 'zhipu', 'xai-org': 'xai', qwenlm: 'alibaba', getcursor: 'cursor' };

/** Vendor keyword → canonical vendor. Keys match inside hosts and as whole words. */
const VENDORS: Record<string, string> = {
  openai: 'openai', chatgpt: 'openai', 'oaiusercontent': 'openai',
  anthropic: 'anthropic', claude: 'anthropic',
  googleapis: 'google', 'generativelanguage': 'google', gemini: 'google', vertexai: 'google', 'aiplatform': 'google', deepmind: 'google',
  deepseek: 'deepseek',
  moonshot: 'moonshot', kimi: 'moonshot',
  zhipu: 'zhipu', zhipuai: 'zhipu', bigmodel: 'zhipu', chatglm: 'zhipu', 'z.ai': 'zhipu',
  dashscope: 'alibaba', aliyun: 'alibaba', aliyuncs: 'alibaba', alibaba: 'alibaba', qwen: 'alibaba', tongyi: 'alibaba', bailian: 'alibaba', modelscope: 'alibaba',
  baidu: 'baidu', qianfan: 'baidu', ernie: 'baidu', wenxin: 'baidu', baidubce: 'baidu',
  volces: 'bytedance', volcengine: 'bytedance', doubao: 'bytedance', bytedance: 'bytedance', byteplus: 'bytedance', marscode: 'bytedance',
  // Volcano Engine Ark's SDK reads ARK_API_KEY; "ark" alone is too common a word to count.
  ark_api_key: 'bytedance', ark_base_url: 'bytedance',
  minimax: 'minimax', minimaxi: 'minimax', hailuo: 'minimax',
  tencent: 'tencent', hunyuan: 'tencent', tencentcloud: 'tencent', tencentcloudapi: 'tencent',
  lingyiwanwu: '01ai', '01.ai': '01ai', baichuan: 'baichuan', stepfun: 'stepfun', sensenova: 'sensetime', iflytek: 'iflytek', xfyun: 'iflytek', sparkdesk: 'iflytek',
  siliconflow: 'siliconflow', openrouter: 'openrouter', together: 'together', 'togetherai': 'together', groq: 'groq', fireworks: 'fireworks',
  mistral: 'mistral', cohere: 'cohere', 'x.ai': 'xai', grok: 'xai', perplexity: 'perplexity', cerebras: 'cerebras', sambanova: 'sambanova',
  deepinfra: 'deepinfra', novita: 'novita', hyperbolic: 'hyperbolic', replicate: 'replicate', huggingface: 'huggingface', 'hf.co': 'huggingface',
  bedrock: 'aws', amazonaws: 'aws', 'azure': 'microsoft', 'openai.azure': 'microsoft', githubcopilot: 'github', copilot: 'github',
  ollama: 'ollama', lmstudio: 'lmstudio', 'aihubmix': 'aihubmix', 'api2d': 'api2d', 'closeai': 'closeai', 'oneapi': 'oneapi',
  // AI coding tools by product and extension id (`publisher.name`): which of them the user has installed says whom they buy from.
  // (Words too common to stand alone, `cursor`, `continue`, `roo`, `void`, count only in their extension ids and hosts.)
  codeium: 'codeium', windsurf: 'codeium', exafunction: 'codeium', tabnine: 'tabnine', sourcegraph: 'sourcegraph', supermaven: 'supermaven', augmentcode: 'augment',
  cline: 'cline', 'claude-dev': 'cline', saoudrizwan: 'cline', 'roo-cline': 'roo', rooveterinaryinc: 'roo', continuedev: 'continue', 'continue.continue': 'continue',
  anysphere: 'cursor', 'cursor.sh': 'cursor', 'cursor.com': 'cursor', kiro: 'aws', lingma: 'alibaba', qoder: 'alibaba', comate: 'baidu', codebuddy: 'tencent', codegeex: 'zhipu', trae: 'bytedance',
  // Labs' organisations on GitHub and Hugging Face, as an account's organisation list names them (`organization_login_list`).
  ...ORG_LOGIN_VENDORS,
  // Organisations whose staff a tool could single out (by e-mail domain, host name, proxy).
  huawei: 'huawei', huaweicloud: 'huawei', meituan: 'meituan', xiaomi: 'xiaomi', kuaishou: 'kuaishou', netease: 'netease', '163.com': 'netease',
  antgroup: 'antgroup', antfin: 'antgroup', alipay: 'antgroup', 'jd.com': 'jd', jingdong: 'jd', pinduoduo: 'pinduoduo', didiglobal: 'didi', didichuxing: 'didi',
  megvii: 'megvii', sensetime: 'sensetime', bilibili: 'bilibili', weibo: 'weibo', zte: 'zte', nvidia: 'nvidia', facebook: 'meta', 'meta.com': 'meta',
  // VPN providers (by brand words no other text uses): a proxy or egress host of theirs says how the user reaches the service.
  nordvpn: 'nordvpn', expressvpn: 'expressvpn', surfshark: 'surfshark', astrill: 'astrill', torguard: 'torguard', privateinternetaccess: 'pia',
  windscribe: 'windscribe', protonvpn: 'protonvpn', mullvad: 'mullvad', vyprvpn: 'vyprvpn', ipvanish: 'ipvanish', cyberghost: 'cyberghost',
  cyberghostvpn: 'cyberghost', hotspotshield: 'hotspotshield', tunnelbear: 'tunnelbear', purevpn: 'purevpn', 'hidemy.name': 'hidemy', ivacy: 'ivacy',
};

/**
 * Vendors that are organisations only (whose staff a tool could single out) or VPN providers: no
 * model, AI tool or cloud of theirs. A list of them beside a mail domain is as likely a list of
 * customers (single sign-on, a support queue) as of rivals.
 */
const NOT_AI = new Set(['huawei', 'meituan', 'xiaomi', 'kuaishou', 'netease', 'antgroup', 'jd', 'pinduoduo', 'didi', 'megvii', 'bilibili', 'weibo', 'zte', 'nvidia']);

/** Whether a vendor key names an AI lab, model provider, AI tool or the cloud that serves them. */
export function isAiVendor(vendor: string): boolean {
  return !NOT_AI.has(vendor) && !VPN_WORDS.has(vendor) && !VPN_VENDORS.has(vendor);
}

const VPN_WORDS = new Set(['nordvpn', 'expressvpn', 'surfshark', 'astrill', 'torguard', 'privateinternetaccess', 'windscribe', 'protonvpn', 'mullvad', 'vyprvpn', 'ipvanish', 'cyberghost', 'cyberghostvpn', 'hotspotshield', 'tunnelbear', 'purevpn', 'hidemy.name', 'ivacy']);
const VPN_VENDORS = new Set([...VPN_WORDS].map((w) => VENDORS[w]));
const VENDOR_KEYS = Object.keys(VENDORS).sort((a, b) => b.length - a.length);
const VENDOR_RE = new RegExp(`(^|[^a-z0-9])(${VENDOR_KEYS.map((k) => k.replace(/[.]/g, '\\.')).join('|')})(?=$|[^a-z0-9])`, 'i');

const TZ_RE = /^(Asia|Europe|America|Africa|Australia|Pacific|Atlantic|Indian|Antarctica|Arctic)\/[A-Za-z_\-+0-9]+(\/[A-Za-z_]+)?$/;
/** A whole area as a prefix ("Asia/"), as used with startsWith. */
const TZ_AREA = /^(Asia|Europe|America|Africa|Australia|Pacific)\/$/;
const TZ_ALIAS = new Set(['PRC', 'ROC', 'ROK', 'Hongkong', 'Singapore', 'Japan', 'Iran', 'Israel', 'Turkey', 'Egypt', 'Cuba', 'Eire', 'Poland', 'Portugal', 'Navajo', 'Kwajalein', 'Libya', 'Jamaica', 'Iceland', 'GB', 'NZ', 'W-SU', 'Asia', 'Europe', 'America']);
const TZ_GENERIC = new Set(['UTC', 'GMT', 'Etc/UTC', 'Etc/GMT', 'Z', 'Universal', 'Zulu', 'Etc/Universal', 'Etc/Zulu']);

/** ISO 3166 codes that appear in region gating; lower-case two-letter words are too common to count. */
const COUNTRIES = new Set(['CN', 'HK', 'MO', 'TW', 'RU', 'BY', 'IR', 'KP', 'SY', 'CU', 'VE', 'MM', 'AF', 'IQ', 'LY', 'SD', 'SS', 'SO', 'YE', 'ZW', 'NI', 'ER', 'CF', 'CD', 'LB', 'US', 'GB', 'JP', 'KR', 'SG', 'IN', 'DE', 'FR', 'IL', 'UA', 'TR', 'VN', 'PK', 'SA', 'AE']);
/**
 * A cloud region's name, or the prefix of a family of them, that places a machine in a country
 * region checks single out: mainland China's (`cn-hangzhou`, `cn-north-1`, AWS's `cn-northwest-1`,
 * Azure's `chinaeast2`, the bare `cn-`), Tencent Cloud's Chinese cities and Hong Kong
 * (`ap-guangzhou`, `ap-hongkong`), Russia's (`ru-central1`).
 */
const CLOUD_REGION = /^(?:(?:cn|ru)-(?:[a-z]+(?:-?\d+)?-?)?|ap-(?:beijing|shanghai|guangzhou|chengdu|chongqing|nanjing|shenzhen|hongkong|taipei)(?:-[a-z\d]+)*-?|china(?:east|north)\d?)$/;

/** `zh-CN`, `zh-Hans-CN`, and POSIX's `zh_CN.UTF-8`, `sr_RS@latin` (what LANG and LC_ALL hold). */
const LOCALE_RE = /^[a-z]{2,3}([-_][A-Z]{2}|[-_][A-Z][a-z]{3}([-_][A-Z]{2})?)(\.[A-Za-z0-9-]{1,16})?(@[a-z]{1,16})?$/;

export function classifyValue(raw: string): Classified {
  const value = raw.trim();
  if (TZ_GENERIC.has(value)) return { value, cls: 'other' };
  // (`GB` and `NZ` are old zone names too, but two capitals in a list are a country's code.)
  if (/^[A-Z]{2}$/.test(value) && TZ_ALIAS.has(value)) return { value, cls: 'country' };
  if (TZ_RE.test(value) || TZ_ALIAS.has(value) || TZ_AREA.test(value)) return { value, cls: 'timezone' };
  // A zone's name as Date and Intl write it: `GMT+8`, `UTC+08:00`, `China Standard Time`.
  const off = /^(?:GMT|UTC)\s?([+\u2212-])(\d{1,2})(?::?(\d{2}))?$/.exec(value);
  // (`GMT+8` is getTimezoneOffset()'s -480.)
  if (off && isRegionalOffset((off[1] === '+' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3] ?? 0)))) return { value, cls: 'timezone' };
  if (/^[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,3} (?:Standard|Daylight|Summer) Time$/.test(value) && !/^(Coordinated Universal|Greenwich Mean)/.test(value)) return { value, cls: 'timezone' };
  if (COUNTRIES.has(value) || regionNames().has(value)) return { value, cls: 'country' };
  // A country-code top-level domain a host name ends with (`.cn`, `.ru`), not a file extension or a generic one (`.md`, `.py`, `.io`, `.ai`).
  if (/^\.[a-z]{2}$/.test(value) && COUNTRIES.has(value.slice(1).toUpperCase()) && !/^\.(md|py|rs|sh|ts|js|so|cc|ai|io|me|tv|ws|co|ly|gg|fm|am|to|pm|ps|pl|mk|in|it|is|at|be|do|go|la|ms|my|no|st|tk|mo|mm|cu|cf|hm|ml|mp|sc|sv|cl|cr|ch|ph|pe|re|ge|ag|ac|bz|ci|es|gs|ni|nu|om|sb|sg|vc)$/.test(value)) return { value, cls: 'country' };
  if (LOCALE_RE.test(value)) return { value, cls: 'locale' };
  // Written lower-case to be compared with a lower-cased value (`tz.toLowerCase() === "asia/shanghai"`, `"zh-cn"`).
  if (value === value.toLowerCase()) {
    if (/^[a-z]+\/[a-z]/.test(value) && TZ_RE.test(value.replace(/(^|[/_])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()))) return { value, cls: 'timezone' };
    if (/^[a-z]{2,3}[-_][a-z]{2}(\.[a-z0-9-]{1,16})?$/.test(value)) return { value, cls: 'locale' };
  }
  if (CLOUD_REGION.test(value)) return { value, cls: 'cloud-region' };
  const m = value.length <= 200 ? vendorWord(value) : undefined;
  // (A VPN provider's brand counts in a host name, where a proxy or an egress address names it: an
  // interface named `wg-mullvad` is the user's own network set-up.)
  if (m && VPN_WORDS.has(m) && !/\.[a-z]{2,}$/i.test(value)) return { value, cls: 'other' };
  if (m) return { value, cls: 'vendor', vendor: VENDORS[m] };
  return { value, cls: 'other' };
}

const VENDOR_ALL = new RegExp(VENDOR_RE.source, 'gi');
/**
 * The vendor word a value names. A host belongs to its registrable domain, so in a host name the
 * last vendor word counts (`copilot.tencent.com` is Tencent's, `anthropic.openrouter.ai`
 * OpenRouter's); elsewhere, and in a URL whose host names none, the first.
 */
function vendorWord(value: string): string | undefined {
  const lower = value.toLowerCase();
  const host = hostOf(lower);
  // (A name whose last label is no top-level domain, a VS Code extension id `tencentcloud.coding-copilot`, is its publisher's: the first word.)
  if (host && /\.(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(host)) {
    let last: string | undefined;
    VENDOR_ALL.lastIndex = 0;
    for (let m = VENDOR_ALL.exec(host); m; m = VENDOR_ALL.exec(host)) {
      last = m[2];
    }
    if (last) return last;
  }
  return VENDOR_RE.exec(lower)?.[2];
}

const REGION_ALIASES = ['China', 'Hong Kong', 'Macau', 'Macao', 'Taiwan', 'Russia', 'Russian Federation', 'Belarus', 'Iran', 'Iran, Islamic Republic of', 'North Korea', "Korea, Democratic People's Republic of", 'Syria', 'Syrian Arab Republic', 'Cuba', 'Turkey', 'Türkiye', 'Venezuela', 'Myanmar', 'Burma'];
let names: Set<string> | undefined;
/** The countries above by their English names, as `new Intl.DisplayNames(["en"], { type: "region" }).of(code)` writes them ("China", "Hong Kong SAR China", "North Korea"). */
function regionNames(): Set<string> {
  if (names) return names;
  names = new Set();
  try {
    const d = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const c of COUNTRIES) {
      const n = d.of(c);
      if (n && n !== c) names.add(n);
    }
  } catch {
    // (A runtime without region names: none.)
  }
  // The names other sources write (ISO 3166's, the UN's, everyday English), which ICU's may not.
  for (const n of REGION_ALIASES) names.add(n);
  return names;
}

/** The countries of region checks, whose codes code compares lower-cased too. */
const GATING = new Set(['CN', 'HK', 'MO', 'TW', 'RU', 'BY', 'IR', 'KP', 'SY', 'CU']);
const LANGUAGES = new Set(['zh', 'ru', 'fa', 'ko', 'be', 'ar', 'es', 'uk', 'en']);

/**
 * A list of region codes as code compares them with a value it lower-cased (`["cn", "ru", "ir"]`
 * beside `lang.split("_")[1].toLowerCase()`, `"zhcn"` with the separator taken out): the list with
 * those written as codes and locales (`CN`, `zh-CN`), when at least three and at least half of it
 * are such. Lower-case two-letter words are too common alone (`en`, `de` are languages).
 */
export function lowerCaseRegions(values: readonly (string | number)[]): (string | number)[] | undefined {
  const mapped = values.map((v) => {
    if (typeof v !== 'string') return undefined;
    if (/^[a-z]{2}$/.test(v) && GATING.has(v.toUpperCase())) return v.toUpperCase();
    if (/^[a-z]{4}$/.test(v) && LANGUAGES.has(v.slice(0, 2)) && GATING.has(v.slice(2).toUpperCase())) return `${v.slice(0, 2)}-${v.slice(2).toUpperCase()}`;
    return undefined;
  });
  const hits = mapped.filter((m) => m !== undefined).length;
  if (hits < 3 || hits < values.length / 2) return undefined;
  return values.map((v, i) => mapped[i] ?? v);
}

/** A region lists of countries single out (`CN`, `RU`, `IR`…; `cn`, `.cn` alike). */
export function singledOutRegion(v: string | number): boolean {
  return typeof v === 'string' && /^\.?[a-zA-Z]{2}$/.test(v) && GATING.has(v.replace(/^\./, '').toUpperCase());
}

/** The time zones of the regions lists of countries single out (China's, Hong Kong's, Macau's, Taiwan's, Russia's, Belarus', Iran's, North Korea's, Syria's, Cuba's). */
const SINGLED_OUT_ZONES = new Set([
  'Asia/Shanghai', 'Asia/Urumqi', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Kashgar', 'PRC', 'Asia/Hong_Kong', 'Hongkong', 'Asia/Macau', 'Asia/Macao', 'Asia/Taipei', 'ROC',
  'Europe/Moscow', 'Europe/Kaliningrad', 'Europe/Samara', 'Europe/Volgograd', 'Europe/Saratov', 'Europe/Ulyanovsk', 'Europe/Astrakhan', 'Europe/Kirov', 'W-SU',
  'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk', 'Asia/Barnaul', 'Asia/Tomsk', 'Asia/Novokuznetsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Chita', 'Asia/Yakutsk',
  'Asia/Khandyga', 'Asia/Vladivostok', 'Asia/Ust-Nera', 'Asia/Magadan', 'Asia/Sakhalin', 'Asia/Srednekolymsk', 'Asia/Kamchatka', 'Asia/Anadyr',
  'Europe/Minsk', 'Asia/Tehran', 'Iran', 'Asia/Pyongyang', 'Asia/Damascus', 'America/Havana', 'Cuba',
]);

/** A time zone of a region lists of countries single out (`Asia/Shanghai`, `Europe/Moscow`; written lower-case too). */
export function singledOutZone(v: string | number): boolean {
  if (typeof v !== 'string') return false;
  return SINGLED_OUT_ZONES.has(v) || SINGLED_OUT_ZONES.has(v.replace(/(^|[/_-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()));
}

/** Whether a value is a lab's organisation login (`anthropics`, `meta-llama`), not its name or host. */
export function orgLogin(v: string | number): boolean {
  return typeof v === 'string' && Object.hasOwn(ORG_LOGIN_VENDORS, v.trim().toLowerCase());
}

/**
 * `[".cn", ".ru"]`, `["cn", "ru"]` compared with a host's or an address's last label: top-level
 * domains, two at least, every one a region such lists single out: those regions.
 */
export function domainRegions(values: readonly (string | number)[]): string[] | undefined {
  if (values.length < 2 || !values.every((v) => typeof v === 'string' && /^\.?[a-z]{2}$/.test(v) && GATING.has(v.replace(/^\./, '').toUpperCase()))) return undefined;
  return values.map((v) => (v as string).replace(/^\./, '').toUpperCase());
}

/** A number compared with getTimezoneOffset(): minutes, multiples of 15, not zero. */
export function isRegionalOffset(n: number): boolean {
  return Number.isInteger(n) && n !== 0 && n % 15 === 0 && n >= -840 && n <= 720;
}

export interface ListProfile {
  timezones: string[];
  offsets: number[];
  countries: string[];
  locales: string[];
  /** Cloud regions (or their prefixes) in the countries region checks single out. */
  cloudRegions: string[];
  vendors: Map<string, string[]>; // vendor → values
  other: string[];
}

export function profileValues(values: (string | number)[]): ListProfile {
  const p: ListProfile = { timezones: [], offsets: [], countries: [], locales: [], cloudRegions: [], vendors: new Map(), other: [] };
  for (const v of values) {
    if (typeof v === 'number') {
      if (isRegionalOffset(v)) p.offsets.push(v);
      continue;
    }
    const c = classifyValue(v);
    if (c.cls === 'timezone') p.timezones.push(v);
    else if (c.cls === 'country') p.countries.push(v);
    else if (c.cls === 'locale') p.locales.push(v);
    else if (c.cls === 'cloud-region') p.cloudRegions.push(v);
    else if (c.cls === 'vendor') {
      const list = p.vendors.get(c.vendor!) ?? [];
      list.push(v);
      p.vendors.set(c.vendor!, list);
    } else p.other.push(v);
  }
  return p;
}

/** Splits a decoded blob into candidate items ("a.com,b.com", "a|b", JSON arrays…). */
export function splitDecoded(s: string): string[] {
  const t = s.trim();
  if (t.startsWith('[')) {
    try {
      const arr = JSON.parse(t);
      if (Array.isArray(arr)) return arr.filter((x) => typeof x === 'string');
    } catch {
      /* not JSON */
    }
  }
  return t.split(/[\s,;|\n]+/).filter(Boolean);
}

/** Typical vendor hosts counted as first-party only when the scanned tool's catalog entry says so. */
export function hostOf(value: string): string | undefined {
  // scheme://[userinfo@]host — a DSN's key is userinfo, an IPv6 literal is no name, a
  // template placeholder ({region}, ${x}, %s) is no host yet.
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#\s@]*@)?([^/:?#\s]+)/i.exec(value);
  const h = m ? m[1] : /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value) ? value : undefined;
  if (!h || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(h)) return undefined;
  return h.toLowerCase();
}
