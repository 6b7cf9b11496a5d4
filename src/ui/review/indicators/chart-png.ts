/**
 * A chart as PNG bytes for the 通报 (Word shows PNG everywhere; SVG in .docx needs a PNG fallback
 * anyway): ECharts draws the SVG off screen, the browser rasterises it through an <img> onto a
 * canvas at twice the size. Returns undefined when the browser cannot (the 通报 then says so).
 */
import type { ChartOption } from './chart-options';
import { loadCharts } from './indicator-chart';

const SCALE = 2;

function rasterise(svg: string, width: number, height: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const image = new Image();
    const done = (bytes: Uint8Array | undefined) => {
      URL.revokeObjectURL(url);
      resolve(bytes);
    };
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * SCALE;
      canvas.height = height * SCALE;
      const context = canvas.getContext('2d');
      if (!context) {
        done(undefined);
        return;
      }
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => {
        if (!blob) done(undefined);
        else
          void blob.arrayBuffer().then(
            (buffer) => {
              done(new Uint8Array(buffer));
            },
            () => {
              done(undefined);
            },
          );
      }, 'image/png');
    };
    image.onerror = () => {
      done(undefined);
    };
    image.src = url;
  });
}

/** The chart as PNG bytes at `width` × `height` CSS px (drawn at twice that), or undefined. */
export async function chartPng(
  option: ChartOption,
  width: number,
  height: number,
): Promise<Uint8Array | undefined> {
  try {
    const { chartSvg } = await loadCharts();
    return await rasterise(chartSvg(option, width, height), width, height);
  } catch {
    return undefined;
  }
}
