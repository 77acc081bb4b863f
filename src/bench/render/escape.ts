/** Escaping for the text that reports embed: HTML/SVG text and attributes, Markdown table cells. */

/** Escapes `& < > " '` so any text is safe inside HTML or SVG text and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One Markdown table cell: pipes escaped, newlines as `<br>`, HTML special characters escaped. */
export function escapeMarkdownCell(text: string): string {
  return escapeHtml(text).replace(/\|/gu, '\\|').replace(/\r?\n/gu, '<br>');
}
