/** Applies the theme setting as the `dark` class on <html> (Tailwind class-based dark mode). */
import { useEffect } from 'react';
import type { Theme } from './settings-store';

/**
 * Sets the class once, now; returns the media query the choice depends on. Also called by the boot
 * script before anything is drawn (app/boot.ts), so that a dark page is never first drawn light.
 */
export function applyTheme(theme: Theme): MediaQueryList {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  document.documentElement.classList.toggle('dark', theme === 'dark' || (theme === 'system' && media.matches));
  return media;
}

export function useApplyTheme(theme: Theme): void {
  useEffect(() => {
    const apply = () => void applyTheme(theme);
    const media = applyTheme(theme);
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
