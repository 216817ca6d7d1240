/**
 * 监督电话 as links a phone can dial. Numbers stay as the outlet writes them; the link is the
 * number in international form where it has an area code, so it dials from anywhere.
 */

interface PhoneLink {
  /** The number as written in the site's configuration. */
  label: string;
  /** A `tel:` address, or undefined for a local number with no area code to borrow. */
  href: string | undefined;
}

/**
 * A number with its area code: 010 (Beijing) and 020–029 have two digits after the 0, every
 * other area three, so 01057027107 is Beijing's 5702 7107 even without a hyphen.
 */
const AREA = /^0(1\d|2\d|[3-9]\d{2})-?(\d{7,8})$/;
const MOBILE = /^1\d{10}$/;
const LOCAL = /^\d{7,8}$/;

/**
 * `tel:` links for numbers written one after another, as print lists them: `010-57027107
 * 57027127` means both are Beijing numbers, so a local number takes the area code of the
 * last number before it that has one. Service numbers (400…, 12345) are dialled as written.
 */
export function phoneLinks(phones: readonly string[]): PhoneLink[] {
  let area: string | undefined;
  return phones.map((label) => {
    // As a Chinese keyboard may type it: full-width digits, brackets and dashes (０１０－…, （010）).
    const number = label
      .normalize('NFKC')
      .replace(/[\s()]/g, '')
      .replace(/[‐‑‒–—―]/g, '-');
    const withArea = AREA.exec(number);
    if (withArea) {
      area = withArea[1];
      return { label, href: `tel:+86-${withArea[1]}-${withArea[2]}` };
    }
    if (MOBILE.test(number)) return { label, href: `tel:+86-${number}` };
    if (LOCAL.test(number)) return { label, href: area ? `tel:+86-${area}-${number}` : undefined };
    return { label, href: /^[\d-]+$/.test(number) ? `tel:${number}` : undefined };
  });
}

/**
 * A phone number written with hyphens in running text, as a body writes a 咨询电话: one with its
 * area code (010-57027107, 0839-1234567, 010-5702-7107, with an extension: 0839-1234567-801), in
 * international form (+86-10-57027107, +86-138-0013-8000), a service number (400-810-8888) or a
 * mobile written in groups (138-0013-8000; a mobile starts 13 to 19). Chromium breaks a line at a
 * hyphen, so each is kept whole (phoneNumbers in markdown-plugins.ts); a date (2023-12-11), a
 * case or document number (20231211-0839-1234567-1) or 100-2000-3000 is not one.
 */
const AREA_NUMBER = String.raw`(?:1\d|2\d|[3-9]\d{2})-(?:\d{7,8}|\d{3,4}-\d{4})(?:-\d{1,6})?`;
const MOBILE_GROUPED = String.raw`1[3-9]\d-\d{4}-\d{4}`;
export const PHONE_IN_TEXT = new RegExp(
  String.raw`(?<![\d+-])(?:0${AREA_NUMBER}|\+86-(?:${AREA_NUMBER}|${MOBILE_GROUPED})|[48]00-\d{3}-\d{4}|${MOBILE_GROUPED})(?![\d-])`,
  'g',
);
