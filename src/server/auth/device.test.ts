import { describe, expect, it } from 'vitest';
import { deviceLabel } from './device.ts';

describe('deviceLabel', () => {
  it('names browser, major version and system', () => {
    const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.7339.80 Safari/537.36';
    expect(deviceLabel(chrome)).toBe('Chrome 140 på Linux');
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    expect(deviceLabel(iphone)).toBe('Safari 17 på iOS');
  });
  it('keeps an unknown agent recognisable and says so when there is none', () => {
    expect(deviceLabel('legeplan-cli/1.0')).toBe('legeplan-cli/1.0');
    expect(deviceLabel('')).toBe('Ukjent enhet');
  });
});
