import type { SiteErrorCode } from './site-input';

/**
 * Messages for `parseSiteInput` errors. They live here rather than in
 * `_locales` because core code has no `browser.i18n`, and the options page
 * shows them next to the input in whichever UI language is active.
 */
const MESSAGES: Record<SiteErrorCode, Record<'de' | 'en', string>> = {
  empty: {
    de: 'Bitte eine Website eingeben, z. B. heise.de.',
    en: 'Please enter a site, e.g. heise.de.',
  },
  'has-spaces': {
    de: 'Eine Website-Adresse enthält keine Leerzeichen.',
    en: 'A site address cannot contain spaces.',
  },
  'unsupported-scheme': {
    de: 'Nur Websites (http und https) können eine Regel bekommen — keine Browser-Seiten, Dateien oder Skripte.',
    en: 'Only websites (http and https) can have a rule — not browser pages, files or scripts.',
  },
  'missing-host': {
    de: 'Die Adresse enthält keinen Hostnamen.',
    en: 'The address has no host name.',
  },
  'has-path': {
    de: 'Regeln gelten für ganze Websites. Bitte nur den Hostnamen eingeben, z. B. heise.de statt heise.de/news.',
    en: 'Rules apply to whole sites. Please enter only the host name, e.g. heise.de instead of heise.de/news.',
  },
  'invalid-host': {
    de: 'Das ist kein gültiger Hostname. Erlaubt sind Buchstaben, Ziffern und Bindestriche (nicht am Anfang oder Ende eines Teils).',
    en: 'This is not a valid host name. Letters, digits and hyphens are allowed (not at the start or end of a part).',
  },
  'invalid-port': {
    de: 'Der Port muss eine Zahl zwischen 1 und 65535 sein.',
    en: 'The port must be a number between 1 and 65535.',
  },
  'label-too-long': {
    de: 'Ein Teil des Hostnamens ist länger als 63 Zeichen.',
    en: 'A part of the host name is longer than 63 characters.',
  },
  'host-too-long': {
    de: 'Der Hostname ist länger als 253 Zeichen.',
    en: 'The host name is longer than 253 characters.',
  },
  'invalid-wildcard': {
    de: '„*.“ ist nur am Anfang eines Domainnamens erlaubt, z. B. *.heise.de — nicht bei IP-Adressen.',
    en: '"*." is only allowed at the start of a domain name, e.g. *.heise.de — not with IP addresses.',
  },
};

export function describeSiteError(code: SiteErrorCode, lang: 'de' | 'en'): string {
  return MESSAGES[code][lang];
}
