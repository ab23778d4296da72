export const POLICY = {
  restricted: ['px-large-preview', 'px-experimental'],
  review: ['px-large-2023', 'px-medium-2023'],
};

export function tierFor(model) {
  const hit = Object.entries(POLICY).find(([, models]) => models.includes(model));
  return hit ? hit[0] : 'standard';
}
