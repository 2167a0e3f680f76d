// A minimal browser for API tests of redirect flows: a cookie jar per host, redirects followed by hand, HTML forms read.

export interface Visit {
  url: URL;
  response: Response;
  body: string;
}

/** Cookies per host:port and manual redirects: enough to walk a login through an identity provider and back. */
export class HttpBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** One request with this host's cookies; remembers (and forgets) the cookies the answer sets. */
  async request(url: string | URL, init: { method?: string; form?: Record<string, string>; json?: unknown; headers?: Record<string, string> } = {}): Promise<Visit> {
    const u = new URL(url);
    const cookies = [...(this.jar.get(u.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers: Record<string, string> = { ...(cookies ? { cookie: cookies } : {}), ...init.headers };
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    } else if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const response = await fetch(u, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.remember(u.host, line);
    return { url: u, response, body: await response.text() };
  }

  private remember(host: string, line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    this.jar.set(host, cookies);
    const expired = attributes.some((a) => {
      const [k = '', v = ''] = a.split('=');
      return (k.toLowerCase() === 'max-age' && Number(v) <= 0) || (k.toLowerCase() === 'expires' && new Date(v).getTime() < Date.now());
    });
    if (expired || value === '') cookies.delete(name);
    else cookies.set(name, value);
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  /**
   * Follows redirects from url until an answer that is not a redirect, or until `stopBefore` says the next URL is
   * not to be requested (then `next` is that URL and the visit is the redirect that pointed at it).
   */
  async follow(url: string | URL, opts: { form?: Record<string, string>; stopBefore?: (next: URL) => boolean } = {}): Promise<Visit & { next: URL | null }> {
    let visit = await this.request(url, opts.form ? { form: opts.form } : {});
    for (let hops = 0; hops < 20; hops++) {
      const location = visit.response.headers.get('location');
      if (visit.response.status < 300 || visit.response.status >= 400 || !location) return { ...visit, next: null };
      const next = new URL(location, visit.url);
      if (opts.stopBefore?.(next)) return { ...visit, next };
      visit = await this.request(next);
    }
    throw new Error(`too many redirects from ${String(url)}`);
  }
}

/** The action and fields of the first form in an HTML page (hidden inputs included), for posting it back. */
export function readForm(html: string, pageUrl: URL): { action: URL; fields: Record<string, string> } {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`no form in page:\n${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input[^>]*>/gi)) {
    const name = /name="([^"]+)"/.exec(input[0])?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
  }
  return { action: new URL(form[1]!.replaceAll('&amp;', '&'), pageUrl), fields };
}
