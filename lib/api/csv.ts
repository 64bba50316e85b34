/** A CSV download: UTF-8, an attachment with a file name, never cached past the data. */
export function csvResponse(fileName: string, body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "public, max-age=0, must-revalidate",
    },
  });
}
