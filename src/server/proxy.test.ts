import { describe, expect, it } from 'vitest';
import { trustProxyFromEnv } from './proxy.ts';

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told, a number of hops, or listed addresses', () => {
    expect([undefined, '', '0', 'false'].map(trustProxyFromEnv)).toEqual([false, false, false, false]);
    const oneHop = trustProxyFromEnv('1') as (address: string, hop: number) => boolean;
    expect([oneHop('10.0.0.5', 0), oneHop('203.0.113.9', 1)]).toEqual([true, false]);
    expect(trustProxyFromEnv('10.0.0.5, 192.168.0.0/16')).toEqual(['10.0.0.5', '192.168.0.0/16']);
  });
});
