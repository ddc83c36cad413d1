/** Splits an article into segments so that evidence spans can be marked field by field. Pure: no DOM. */
export interface Span {
  field: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Evidence fields covering this segment, in the order the spans were given; empty for plain text. */
  fields: string[];
}

export function segments(textLength: number, spans: Span[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= textLength && s.start < s.end);
  const cuts = new Set<number>([0, textLength]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const fields = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.field))];
    const prev = out[out.length - 1];
    if (prev && prev.fields.join() === fields.join()) prev.end = end;
    else out.push({ start, end, fields });
  }
  return out;
}

/** Renders text with <mark> elements into `container`, using text nodes only (never HTML parsing). */
export function renderHighlighted(container: HTMLElement, text: string, spans: Span[]): void {
  container.replaceChildren();
  const doc = container.ownerDocument;
  for (const seg of segments(text.length, spans)) {
    const chunk = text.slice(seg.start, seg.end);
    if (seg.fields.length === 0) {
      container.append(doc.createTextNode(chunk));
      continue;
    }
    const mark = doc.createElement("mark");
    mark.className = `ev ev-${seg.fields[0]}${seg.fields.length > 1 ? " ev-multi" : ""}`;
    mark.dataset.fields = seg.fields.join(" ");
    mark.title = seg.fields.join(", ");
    mark.textContent = chunk;
    container.append(mark);
  }
}

/** Character offset of a DOM position inside `container`'s text (for re-pointing evidence). */
export function textOffset(container: HTMLElement, node: Node, offset: number): number {
  const range = container.ownerDocument.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}
