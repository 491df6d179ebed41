import { cleanText } from './clean-text';
import { findTitle } from './find-title';

/** A plain-text or Markdown page as the engine reads it: furniture removed, headline apart. */
export function readTextPage(
  text: string,
  format: 'txt' | 'md' = 'txt',
): { title: string | null; text: string } {
  const plain = format === 'md' ? stripMarkdown(text) : text;
  const cleaned = cleanText(plain);
  const title = findTitle(cleaned);
  return { title, text: title ? cleaned.slice(title.length + 1) : cleaned };
}

/** Markdown to plain text: headings, emphasis, links, images, code fences and quotes unmarked. */
export function stripMarkdown(md: string): string {
  return (
    md
      .replace(/```[\s\S]*?```/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s{0,3}>\s?/gm, '')
      .replace(/^\s*[-*+]\s+/gm, '')
      // Emphasis spans a few words: bounded, so a line of unmatched marks is not rescanned to its end
      // from every mark.
      .replace(/(\*\*|__)(.{1,300}?)\1/g, '$2')
      .replace(/(\*|_)(.{1,300}?)\1/g, '$2')
      .replace(/`([^`]+)`/g, '$1')
  );
}
