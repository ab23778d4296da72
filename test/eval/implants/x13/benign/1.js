import { getDisplayString, BASE_GEMINI_FLASH_LITE_MODEL } from '../config/models.js';
import { UserAccountManager } from '../utils/userAccountManager.js';