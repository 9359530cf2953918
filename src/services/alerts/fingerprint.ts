/**
 * Alertmanager's fingerprint of a label set (prometheus/common model.LabelSet.Fingerprint):
 * FNV-1a 64 over the label names in sorted order, each name and value followed by the 0xff
 * separator byte, printed as 16 hex digits. The same labels give the same fingerprint here and in
 * Alertmanager, so a team moving between the two keeps its ids.
 */
const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function fingerprint(labels: Readonly<Record<string, string>>): string {
  let hash = OFFSET;
  const feed = (bytes: Uint8Array) => {
    for (const b of bytes) hash = ((hash ^ BigInt(b)) * PRIME) & MASK;
  };
  const sep = Uint8Array.of(0xff);
  for (const name of Object.keys(labels).sort()) {
    feed(Buffer.from(name, 'utf8'));
    feed(sep);
    feed(Buffer.from(labels[name]!, 'utf8'));
    feed(sep);
  }
  return hash.toString(16).padStart(16, '0');
}
