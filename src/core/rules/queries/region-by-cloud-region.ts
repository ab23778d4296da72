import type { DecisionQuery } from '../query';

/**
 * The region a cloud's metadata service says the machine runs in (`cn-hangzhou`, `ap-guangzhou`),
 * compared with such regions. Picking the cloud's own endpoints by it is how every cloud SDK
 * reaches the China partition (`s3.cn-north-1.amazonaws.com.cn`), so a changed request is
 * ordinary; refusing, stopping or marking what is sent by it treats users of a region differently.
 */
export const regionByCloudRegion: DecisionQuery = {
  name: 'region-by-cloud-region',
  rule: 'env-gated-behavior',
  decides: 'region',
  sources: ['geo-ip'],
  lists: [{ class: 'cloud-region' }],
  requires: ['covert-marker', 'exit', 'throw'],
  severity: 'high',
  critical: ['decoded'],
};
