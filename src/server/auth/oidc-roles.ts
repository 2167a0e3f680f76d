import type { TRole } from '../../contracts/auth/login.ts';
import type { TRoleMapping } from '../../contracts/auth/oidc-config.ts';

/** Most privileged first: a user in several mapped groups gets the highest of their roles. */
const PRECEDENCE: readonly TRole[] = ['admin', 'planner', 'doctor', 'readonly'];

/**
 * The values of the claim that carries groups or roles: an array of strings or one string. A claim name is looked up
 * as it is first (Auth0-style names are URLs with dots); a dotted name not found so is followed as a path
 * (Keycloak's `realm_access.roles`).
 */
export function claimValues(claims: Readonly<Record<string, unknown>>, claimName: string): string[] {
  let value: unknown = claims[claimName];
  if (value === undefined && claimName.includes('.')) {
    value = claimName.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), claims);
  }
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Legeplan's role for a user with these group values, or null when none of them is mapped (the login is refused). */
export function roleFromGroups(groups: readonly string[], mappings: readonly TRoleMapping[]): TRole | null {
  const granted = new Set(mappings.filter((m) => groups.includes(m.group)).map((m) => m.role));
  return PRECEDENCE.find((role) => granted.has(role)) ?? null;
}
