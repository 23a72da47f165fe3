/**
 * A QR code of a record's deep link, dark on white whatever the theme (scanners expect that), with
 * the link written under it so a reader without a camera can type it.
 */
import { useMemo } from 'react';
import { qrDrawing } from './qr';

export function RecordQr({ url, sizePx = 160, caption = true }: { url: string; sizePx?: number; caption?: boolean }) {
  const drawing = useMemo(() => qrDrawing(url), [url]);
  return (
    <figure className="inline-block space-y-1" data-testid="record-qr" data-url={url}>
      <svg viewBox={drawing.viewBox} width={sizePx} height={sizePx} role="img" aria-label={`QR code of ${url}`} shapeRendering="crispEdges" className="rounded bg-white">
        <rect x={drawing.viewBox.split(' ')[0]} y={drawing.viewBox.split(' ')[1]} width={drawing.size} height={drawing.size} fill="#fff" />
        <path d={drawing.path} fill="#000" />
      </svg>
      {caption && <figcaption className="max-w-[16rem] font-mono text-[10px] break-all text-slate-600 dark:text-slate-400">{url}</figcaption>}
    </figure>
  );
}
