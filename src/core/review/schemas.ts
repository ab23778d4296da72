import { POLICY_JSON_SCHEMA } from './policy';
import { REVIEWS_JSON_SCHEMA } from './reviews';
import { DISCLOSURE_RECORD_SCHEMA } from './checklist/records';

/** The JSON Schemas the extension gives editors, by the file name the build writes them to. */
export const SCHEMA_FILES: Record<string, unknown> = {
  'candor.policy.schema.json': POLICY_JSON_SCHEMA,
  'candor.reviews.schema.json': REVIEWS_JSON_SCHEMA,
  'candor.disclosure-record.schema.json': DISCLOSURE_RECORD_SCHEMA,
};
