import { List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** `**bold**` and `*italic*` inside a line, as React elements (text is never parsed as HTML). */
function inline(text: string): ReactNode[] {
  return text.split(/(\*\*[^*]+\*\*|\*[^*]+\*)/g).map((part, i) => {
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
      return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return <em key={i}>{part.slice(1, -1)}</em>;
    return part;
  });
}

type Block =
  { kind: 'h'; level: 1 | 2 | 3; text: string } | { kind: 'ul'; items: string[] } | { kind: 'p'; text: string };

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'p', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of source.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'h', level: heading[1]!.length as 1 | 2 | 3, text: heading[2]! });
    } else if (item) {
      flush();
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'ul') last.items.push(item[1]!);
      else blocks.push({ kind: 'ul', items: [item[1]!] });
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** A safe preview of the markdown subset documents use: headings, lists, paragraphs, bold/italic. */
export function MarkdownPreview({ source }: { source: string }) {
  return (
    <Stack gap="xs" data-testid="markdown-preview">
      {parseMarkdown(source).map((block, i) => {
        if (block.kind === 'h')
          return (
            <Title key={i} order={(block.level + 2) as 3 | 4 | 5}>
              {inline(block.text)}
            </Title>
          );
        if (block.kind === 'ul')
          return (
            <List key={i} size="sm">
              {block.items.map((item, k) => (
                <List.Item key={k}>{inline(item)}</List.Item>
              ))}
            </List>
          );
        return (
          <Text key={i} size="sm">
            {inline(block.text)}
          </Text>
        );
      })}
    </Stack>
  );
}
