// Cross-article resolution. Keys are canonical already, so most merging is key equality in the
// graph builder; this settles what one article could not: a short document reference ("Nghị
// quyết 98" with no code in its article) becomes the one full document of that kind and number
// named elsewhere in the corpus ("Nghị quyết 98/2023/QH15").

// Document keys: doc:<kind>:<number> (short), doc:<kind>:<number>:by-<issuer>, doc:<kind>:<number>:<code>.
const DOC_KEY = /^doc:([a-z]+):(\d+)(?::(.+))?$/;

/** Issuer families a code suffix stands for, so "Kết luận 01 của Bộ Chính trị" can be "01-KL/TW". */
const CODE_FAMILIES: Array<{ code: RegExp; issuers: RegExp }> = [
  { code: /\/tw$/, issuers: /^by-(bo-chinh-tri|ban-bi-thu|ban-chap-hanh-trung-uong-dang|trung-uong-dang)$/ },
  { code: /\/qh\d*$/, issuers: /^by-quoc-hoi$/ },
  { code: /(nq|nd)-cp$/, issuers: /^by-chinh-phu$/ },
];

/** Which document keys name the same document as another key of the corpus: from → to. */
export function documentRenames(keys: Iterable<string>): Map<string, string> {
  const byNumber = new Map<string, Set<string>>();
  for (const key of keys) {
    const m = DOC_KEY.exec(key);
    if (!m) continue;
    const group = `${m[1]}:${m[2]}`;
    const set = byNumber.get(group) ?? new Set<string>();
    set.add(key);
    byNumber.set(group, set);
  }
  const renames = new Map<string, string>();
  for (const group of byNumber.values()) {
    if (group.size < 2) continue;
    const full = [...group].filter((k) => DOC_KEY.exec(k)![3]);
    const codes = full.filter((k) => !DOC_KEY.exec(k)![3]!.startsWith('by-'));
    for (const key of group) {
      const qualifier = DOC_KEY.exec(key)![3];
      if (!qualifier && full.length === 1) renames.set(key, full[0]!);
      else if (!qualifier && codes.length === 1) renames.set(key, codes[0]!);
      else if (qualifier?.startsWith('by-')) {
        const compatible = codes.filter((c) => CODE_FAMILIES.some((f) => f.code.test(DOC_KEY.exec(c)![3]!) && f.issuers.test(qualifier)));
        if (compatible.length === 1) renames.set(key, compatible[0]!);
      }
    }
  }
  // A rename whose target is itself renamed goes straight to the end of the chain.
  for (const [from, to] of renames) {
    let end = to;
    for (let hops = 0; renames.has(end) && hops < 4; hops++) end = renames.get(end)!;
    renames.set(from, end);
  }
  return renames;
}
