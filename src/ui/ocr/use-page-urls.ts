import { useEffect, useMemo } from 'react';

/** Object URLs for the scan's page images, revoked when the pages change or the view goes. */
export function usePageUrls(pages: readonly Blob[]): readonly string[] {
  const urls = useMemo(() => pages.map((p) => URL.createObjectURL(p)), [pages]);
  useEffect(
    () => () => {
      urls.forEach((u) => {
        URL.revokeObjectURL(u);
      });
    },
    [urls],
  );
  return urls;
}
