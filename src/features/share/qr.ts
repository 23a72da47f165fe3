/**
 * The one place lean-qr is used (a small, maintained ISO/IEC 18004 encoder; a QR encoder is not
 * something to hand-write). Policy: error correction at least M (15 % of the code can be lost,
 * enough for a printed card that gets creased), byte mode as the library picks it, and the 4-module
 * quiet zone ISO/IEC 18004 §9.1 requires, drawn as part of the code so no page style can crop it.
 */
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/** Modules of light margin on every side (ISO/IEC 18004 §9.1). */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Modules per side, quiet zone included. */
  readonly size: number;
  /** The SVG viewBox that puts the quiet zone around `path`. */
  readonly viewBox: string;
  /** The dark modules, as an SVG path in module units of the code itself (no quiet zone). */
  readonly path: string;
  /** Whether the module at (x, y) of the whole drawing (quiet zone included) is dark. */
  readonly dark: (x: number, y: number) => boolean;
}

/** A QR code of `text`, ready to draw; throws only when the text cannot fit any QR version (over ~2.3 KB at M). */
export function qrDrawing(text: string): QrDrawing {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const size = code.size + 2 * QUIET_ZONE;
  const inner = (x: number, y: number) => x >= 0 && y >= 0 && x < code.size && y < code.size && code.get(x, y);
  return {
    size,
    viewBox: `${-QUIET_ZONE} ${-QUIET_ZONE} ${size} ${size}`,
    path: toSvgPath(code),
    dark: (x, y) => inner(x - QUIET_ZONE, y - QUIET_ZONE),
  };
}
