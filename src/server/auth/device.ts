import Bowser from 'bowser';

/** A session's device as a person recognises it, from its User-Agent: "Chrome 140 på Linux"; "Ukjent enhet" when empty. */
export function deviceLabel(userAgent: string): string {
  if (userAgent.trim() === '') return 'Ukjent enhet';
  const { browser, os } = Bowser.parse(userAgent);
  const name = browser.name ? `${browser.name}${browser.version ? ' ' + browser.version.split('.')[0] : ''}` : userAgent.slice(0, 60);
  return os.name ? `${name} på ${os.name}` : name;
}
