import { describe, expect, it } from 'vitest';
import { claimValues, roleFromGroups } from './oidc-roles.ts';

const mappings = [
  { group: 'lp-lesere', role: 'readonly' },
  { group: 'lp-planleggere', role: 'planner' },
  { group: 'lp-admin', role: 'admin' },
  { group: 'lp-leger', role: 'doctor' },
] as const;

describe('roleFromGroups', () => {
  it('gives the most privileged mapped role, whatever the order of groups or mappings', () => {
    expect(roleFromGroups(['lp-lesere', 'lp-admin'], mappings)).toBe('admin');
    expect(roleFromGroups(['lp-leger', 'lp-planleggere'], [...mappings].reverse())).toBe('planner');
    expect(roleFromGroups(['lp-leger', 'lp-lesere'], mappings)).toBe('doctor');
    expect(roleFromGroups(['lp-lesere'], mappings)).toBe('readonly');
  });

  it('refuses (null) when no group is mapped, and matches group values exactly', () => {
    expect(roleFromGroups([], mappings)).toBeNull();
    expect(roleFromGroups(['LP-ADMIN', 'lp-admin ', 'andre'], mappings)).toBeNull();
  });
});

describe('claimValues', () => {
  it('reads an array or a single string, and ignores values that are not strings', () => {
    expect(claimValues({ groups: ['a', 2, 'b', null] }, 'groups')).toEqual(['a', 'b']);
    expect(claimValues({ roles: 'a' }, 'roles')).toEqual(['a']);
    expect(claimValues({ groups: { a: 1 } }, 'groups')).toEqual([]);
    expect(claimValues({}, 'groups')).toEqual([]);
  });

  it('takes a dotted name as it is first, else as a path', () => {
    expect(claimValues({ 'https://x.no/roles': ['a'] }, 'https://x.no/roles')).toEqual(['a']);
    expect(claimValues({ realm_access: { roles: ['b'] } }, 'realm_access.roles')).toEqual(['b']);
    expect(claimValues({ realm_access: 'x' }, 'realm_access.roles')).toEqual([]);
  });
});
