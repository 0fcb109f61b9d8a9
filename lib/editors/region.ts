/**
 * Where a note lives: the form (or role=form / outermost fieldset) around the field being edited, or
 * the region a clinic pinned for its EHR host by policy (a CSS selector), and the fields inside it.
 */

import { skipReasons } from './eligibility';
import { editingRoot } from './find-field';

/** A note region: `key` names it (its id is the note's id), `roots` hold its fields. */
export interface Region {
  key: Element;
  roots: Element[];
}

/** How a field takes part in the note: typed into, or shown read-only (context, never interventions). */
export interface RegionField {
  el: Element;
  readOnly: boolean;
}

/** Everything that can hold a field: form controls and contenteditable roots (tree order). */
const FIELD_SELECTOR = 'textarea, input, [contenteditable]';

/** A field that is read-only or disabled but otherwise a note field is context; anything else is skipped. */
function role(el: Element): RegionField | null {
  const reasons = skipReasons(el);
  if (reasons.length === 0) return { el, readOnly: false };
  const contextOnly = reasons.every((r) => r === 'read-only' || r === 'disabled');
  // read-only single-line inputs are mostly patient identifiers, not clinical context
  if (contextOnly && !(el instanceof HTMLInputElement)) return { el, readOnly: true };
  return null;
}

/** The fields of a region in reading (tree) order, each editing root once. */
export function regionFields(region: Region): RegionField[] {
  const seen = new Set<Element>();
  const out: RegionField[] = [];
  for (const root of region.roots) {
    // the root itself may be a field no selector names (a designMode body)
    const candidates = [root, ...root.querySelectorAll(FIELD_SELECTOR)];
    for (const el of candidates) {
      if (!el.matches(FIELD_SELECTOR) && !(el === root && editingRoot(el) === el)) continue;
      const editRoot = el.getAttribute('contenteditable') === 'false' ? null : (editingRoot(el) ?? el);
      if (!editRoot || seen.has(editRoot)) continue;
      seen.add(editRoot);
      const field = role(editRoot);
      if (field) out.push(field);
    }
  }
  return out;
}

/** The policy's pinned region for `field`: every element `selector` matches, when one of them holds the field. */
function pinnedRegion(field: Element, selector: string): Region | null {
  let matches: Element[];
  try {
    matches = [...field.ownerDocument.querySelectorAll(selector)];
  } catch {
    return null; // an invalid selector in policy: fall back to the heuristic, never break reading
  }
  const holder = matches.find((m) => m === field || m.contains(field));
  return holder ? { key: matches[0] as Element, roots: matches } : { key: field, roots: [field] };
}

/** The form-like element around `field`: a form or role=form, else its outermost fieldset. */
function formAround(field: Element): Element | null {
  const form = field.closest('form, [role="form"]');
  if (form) return form;
  let outer: Element | null = null;
  for (let f = field.closest('fieldset'); f; f = f.parentElement?.closest('fieldset') ?? null) outer = f;
  return outer;
}

/**
 * The note region for the field being edited: pinned by policy when a selector is given, else the
 * form around it. A region with a single field is just that field (its text is read as it is).
 */
export function noteRegion(field: Element, selector?: string): Region {
  const alone = { key: field, roots: [field] };
  const region = selector ? pinnedRegion(field, selector) : null;
  if (region) return region;
  const form = formAround(field);
  if (!form) return alone;
  const candidate = { key: form, roots: [form] };
  return regionFields(candidate).length > 1 ? candidate : alone;
}
