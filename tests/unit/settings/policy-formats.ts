/**
 * Test helpers that read the admin guide's macOS and Windows examples the way the OS and Chrome
 * do, so their values can be validated like the JSON ones: a small XML-plist reader, and a .reg
 * reader plus Chrome's registry → policy conversion by schema (registry_dict.cc: booleans and
 * integers from DWORDs, numbers from strings, lists from numbered subkeys, lists/objects from JSON).
 */

type Json = unknown;

/** Parse an XML property list (dict, array, string, integer, real, true, false) into plain values. */
export function parsePlist(xml: string): Json {
  const tokens = [
    ...xml.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)(\w+)(?:\s[^>]*?)?(\/?)>|([^<]+)/g),
  ];
  let i = 0;
  const next = () => tokens[i++];
  const skipSpace = () => {
    while (tokens[i] && tokens[i]![4] !== undefined && tokens[i]![4]!.trim() === '') i++;
  };
  const textUntil = (tag: string): string => {
    let text = '';
    for (let t = next(); t && !(t[1] === '/' && t[2] === tag); t = next()) text += t[4] ?? '';
    return text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  };
  const value = (): Json => {
    skipSpace();
    const t = next();
    if (!t || t[1]) throw new Error(`plist: expected a value at token ${i}`);
    const [tag, selfClosing] = [t[2], t[3] === '/'];
    if (tag === 'true' && selfClosing) return true;
    if (tag === 'false' && selfClosing) return false;
    if (tag === 'string') return textUntil('string');
    if (tag === 'integer') return Number.parseInt(textUntil('integer'), 10);
    if (tag === 'real') return Number.parseFloat(textUntil('real'));
    if (tag === 'array') {
      const out: Json[] = [];
      for (skipSpace(); !(tokens[i]?.[1] === '/' && tokens[i]?.[2] === 'array'); skipSpace()) out.push(value());
      i++;
      return out;
    }
    if (tag === 'dict') {
      const out: Record<string, Json> = {};
      for (skipSpace(); !(tokens[i]?.[1] === '/' && tokens[i]?.[2] === 'dict'); skipSpace()) {
        const k = next();
        if (k?.[2] !== 'key' || k[1]) throw new Error('plist: dict entry without <key>');
        out[textUntil('key')] = value();
      }
      i++;
      return out;
    }
    throw new Error(`plist: unsupported <${tag}>`);
  };
  skipSpace();
  const root = next();
  if (root?.[2] !== 'plist') throw new Error('plist: no <plist> root');
  return value();
}

/** The raw registry tree below `root` (a key path, case-insensitive): subkeys become objects. */
export function parseReg(text: string, root: string): Record<string, Json> {
  if (!text.startsWith('Windows Registry Editor Version 5.00')) throw new Error('reg: missing header');
  const tree: Record<string, Json> = {};
  let at: Record<string, Json> | null = null;
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      const path = section[1]!;
      if (!path.toLowerCase().startsWith(root.toLowerCase())) throw new Error(`reg: key outside ${root}: ${path}`);
      at = tree;
      for (const part of path.slice(root.length).split('\\').filter(Boolean)) {
        at[part] ??= {};
        at = at[part] as Record<string, Json>;
      }
      continue;
    }
    if (!line || line.startsWith('Windows Registry') || line.startsWith(';')) continue;
    const m = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/.exec(line);
    if (!m || !at) throw new Error(`reg: cannot read line: ${line}`);
    const unquote = (s: string) => s.replace(/\\(.)/g, '$1');
    at[unquote(m[1]!)] = m[3] !== undefined ? Number.parseInt(m[3], 16) : unquote(m[2]!);
  }
  return tree;
}

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema };

function typeOf(v: Json): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Chrome's conversion of registry values to the schema's types; unconvertible values are dropped (undefined). */
export function convertRegistry(value: Json, schema: Schema | undefined): Json {
  if (!schema) return undefined; // unknown key: Chrome drops it
  const t = typeOf(value);
  switch (schema.type) {
    case 'string':
      return t === 'string' ? value : undefined;
    case 'boolean':
      if (t === 'integer') return value !== 0;
      if (t === 'string' && /^-?\d+$/.test(value as string)) return Number(value) !== 0;
      return t === 'boolean' ? value : undefined;
    case 'integer':
      if (t === 'integer') return value;
      return t === 'string' && /^-?\d+$/.test(value as string) ? Number(value) : undefined;
    case 'number':
      if (t === 'integer' || t === 'number') return value;
      return t === 'string' && Number.isFinite(Number(value)) && (value as string).trim() !== ''
        ? Number(value)
        : undefined;
    case 'array':
    case 'object': {
      if (t === 'object' && schema.type === 'array') {
        return Object.entries(value as Record<string, Json>)
          .filter(([k]) => /^\d+$/.test(k))
          .sort(([a], [b]) => Number(a) - Number(b))
          .map(([, v]) => convertRegistry(v, schema.items))
          .filter((v) => v !== undefined);
      }
      if (t === 'object') {
        const out: Record<string, Json> = {};
        for (const [k, v] of Object.entries(value as Record<string, Json>)) {
          const c = convertRegistry(v, schema.properties?.[k]);
          if (c !== undefined) out[k] = c;
        }
        return out;
      }
      if (t === 'string') {
        try {
          const parsed = JSON.parse(value as string);
          const pt = Array.isArray(parsed) ? 'array' : typeof parsed;
          return pt === schema.type ? parsed : undefined;
        } catch {
          return undefined;
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
