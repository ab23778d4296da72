import { version } from '../../package.json';

export const CANDOR_VERSION: string = version;
