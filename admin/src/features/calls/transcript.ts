export interface Utterance {
  role: 'agent' | 'user';
  text: string;
}

/**
 * The conversation, turn by turn: from Retell's transcript object (`{role, content}` items) when there is one,
 * else from the plain transcript's "Agent: …" / "User: …" lines (a line without a prefix continues the turn).
 */
export function toUtterances(
  transcriptObject: Record<string, unknown>[] | null,
  transcript: string | null,
): Utterance[] {
  const fromObject = (transcriptObject ?? []).flatMap((item): Utterance[] => {
    const text = typeof item.content === 'string' ? item.content.trim() : '';
    if (!text) return [];
    return [{ role: item.role === 'agent' ? 'agent' : 'user', text }];
  });
  if (fromObject.length > 0) return fromObject;
  const out: Utterance[] = [];
  for (const line of (transcript ?? '').split('\n')) {
    const match = /^\s*(agent|user)\s*:\s*(.*)$/i.exec(line);
    const last = out.at(-1);
    if (match)
      out.push({ role: match[1]?.toLowerCase() === 'agent' ? 'agent' : 'user', text: (match[2] ?? '').trim() });
    else if (line.trim() && last) last.text += `\n${line.trim()}`;
    else if (line.trim()) out.push({ role: 'user', text: line.trim() });
  }
  return out;
}
