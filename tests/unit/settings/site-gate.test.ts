import { expect, test } from 'vitest';
import { HostPatternSchema } from '../../../lib/contracts/settings';
import { hostMatches, isSiteAllowed } from '../../../lib/settings/site-gate';

test.each([
  ['ehr.clinic.example', 'ehr.clinic.example', true],
  ['ehr.clinic.example', 'EHR.Clinic.Example.', true],
  ['ehr.clinic.example', 'x.ehr.clinic.example', false],
  ['*.clinic.example', 'clinic.example', true],
  ['*.clinic.example', 'a.b.clinic.example', true],
  ['*.clinic.example', 'badclinic.example', false],
  ['*.clinic.example', 'clinic.example.evil.test', false],
  ['localhost', 'localhost', true],
  ['127.0.0.1', '127.0.0.1', true],
  ['127.0.0.1', '127.0.0.10', false],
])('pattern %s vs host %s → %s', (pattern, host, expected) => {
  expect(hostMatches(pattern, host)).toBe(expected);
});

test.each([
  ['ehr.example', true],
  ['*.ehr.example', true],
  ['localhost', true],
  ['https://ehr.example', false],
  ['ehr.example/path', false],
  ['ehr.example:8080', false],
  ['*', false],
  ['a.*.example', false],
  ['', false],
])('host pattern %j valid: %s', (pattern, valid) => {
  expect(HostPatternSchema.safeParse(pattern).success).toBe(valid);
});

const open = { sites: { mode: 'all' as const, allow: [], deny: [] }, siteAllowList: null };
test.each([
  [open, 'ehr.example', true],
  [open, '', false],
  [{ ...open, sites: { mode: 'all' as const, allow: [], deny: ['*.ehr.example'] } }, 'app.ehr.example', false],
  [{ ...open, sites: { mode: 'allowList' as const, allow: ['ehr.example'], deny: [] } }, 'ehr.example', true],
  [{ ...open, sites: { mode: 'allowList' as const, allow: ['ehr.example'], deny: [] } }, 'mail.example', false],
  [{ ...open, siteAllowList: [] }, 'ehr.example', false],
])('isSiteAllowed(%j, %s) → %s', (values, host, expected) => {
  expect(isSiteAllowed(values, host)).toBe(expected);
});
