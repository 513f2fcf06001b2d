export { CHROME_FLAGS, CHROME_PATH } from '../support/chrome.ts';
