import { expect, test } from 'vitest';
import { HostPatternSchema } from '../../../lib/contracts/settings';
import { frameAllowed, hostMatches, isSiteAllowed } from '../../../lib/settings/site-gate';

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

test.each([
  // same site: shown without any setting
  ['ehr.clinic.example', 'notes.clinic.example', [], true],
  ['clinic.co.uk', 'ehr.clinic.co.uk', [], true],
  ['127.0.0.1', '127.0.0.1', [], true],
  // another site: only when crossSiteFrames names it
  ['portal.example', 'ehr.vendor.example', [], false],
  ['portal.example', 'ehr.vendor.example', ['*.vendor.example'], true],
  ['portal.example', 'evil.example', ['*.vendor.example'], false],
  ['a.co.uk', 'b.co.uk', [], false], // two registrable domains under one public suffix
  ['127.0.0.1', 'localhost', [], false],
  ['127.0.0.1', '', [], false], // an unknown host is never trusted
] as const)('top %s, frame %s, allowed %j → %s', (top, frame, list, expected) => {
  expect(frameAllowed(top, frame, list)).toBe(expected);
});
