
import * as os from 'os';