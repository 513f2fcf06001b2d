/** The reader's theme choice, kept in localStorage under Starlight's own key when storage works. */
export type Theme = 'auto' | 'dark' | 'light';

const KEY = 'starlight-theme';

export const parseTheme = (theme: unknown): Theme =>
  theme === 'auto' || theme === 'dark' || theme === 'light' ? theme : 'auto';

/** The stored choice, or "auto" where nothing is stored or storage is blocked (access throws). */
export function loadTheme(): Theme {
  try {
    return parseTheme(localStorage.getItem(KEY));
  } catch {
    return 'auto';
  }
}

/** Remembers the choice where storage works; where it is blocked, the choice lasts for the page. */
export function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(KEY, theme === 'light' || theme === 'dark' ? theme : '');
  } catch {
    // Storage blocked: nothing to remember it in.
  }
}
