import { sendKeys } from '@web/test-runner-commands';

/**
 * Presses one key in every engine's driver. Key names are the DOM's `key`
 * values; the space bar is ' ' because puppeteer's Firefox has no "Space".
 */
export function pressKey(key: 'Tab' | 'Enter' | ' ' | 'ArrowDown' | 'ArrowUp' | 'Escape'): Promise<void> {
  return sendKeys({ press: key });
}
