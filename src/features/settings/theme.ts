/** Applies the theme setting as the `dark` class on <html> (Tailwind class-based dark mode). */
import { useEffect } from 'react';
import type { Theme } from './settings-store';

export function useApplyTheme(theme: Theme): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => document.documentElement.classList.toggle('dark', theme === 'dark' || (theme === 'system' && media.matches));
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
