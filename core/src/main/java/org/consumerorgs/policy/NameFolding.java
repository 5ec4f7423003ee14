package org.consumerorgs.policy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How two names are compared the way a person compares them. Pure functions; the same in every adapter, because the
 * keys they produce are what the store indexes.
 */
public final class NameFolding {
  private static final int DOTLESS_I = 0x0131;
  private static final Pattern MARKS_AND_JOINERS = Pattern.compile("[\\p{Mn}\\p{Cf}]+");

  private NameFolding() {}

  /**
   * NFKC case folding: {@code Acme}, {@code ACME} and full-width {@code Ａｃｍｅ} give the same key.
   *
   * <p>Java has no full Unicode case folding, so it is built from upper- then lower-casing in the root locale, one
   * code point at a time, wrapped in NFKC, and repeated until nothing changes. Upper-then-lower folds {@code ß} to
   * {@code ss} as full folding does; one code point at a time keeps {@code String.toLowerCase}'s final-sigma rule out
   * (case folding maps every sigma to {@code σ}, so a typed prefix ending in sigma still matches); and dotless
   * {@code ı}, which case folding keeps apart from {@code i}, is left as it is. Casing can produce text that is no
   * longer NFKC, hence the loop: a key must be a fixed point, so that folding a key again gives the key.
   */
  public static String uniquenessKey(String name) {
    String current = Normalizer.normalize(name, Normalizer.Form.NFKC);
    for (int round = 0; round < 4; round++) {
      String next = Whitespace.collapse(Normalizer.normalize(foldCase(current), Normalizer.Form.NFKC));
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }

  private static String foldCase(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        folded.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
      } else if (cp == DOTLESS_I) {
        folded.appendCodePoint(cp);
      } else {
        folded.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
      }
    }
    return folded.toString();
  }

  /**
   * The uniqueness key without accents: combining marks removed after canonical decomposition, and the zero-width
   * joiners a name may hold, which nobody types into a search box. Dotless {@code ı} becomes {@code i} here: two
   * names may differ by it, but someone typing {@code sila} is looking for {@code Sıla}.
   */
  public static String searchKey(String name) {
    String decomposed = Normalizer.normalize(uniquenessKey(name).replace('\u0131', 'i'), Normalizer.Form.NFD);
    String stripped = MARKS_AND_JOINERS.matcher(decomposed).replaceAll("");
    return Whitespace.collapse(Normalizer.normalize(stripped, Normalizer.Form.NFC));
  }
}
