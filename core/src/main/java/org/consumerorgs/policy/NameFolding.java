package org.consumerorgs.policy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How two names are compared the way a person compares them. Pure functions; the same in every adapter, because the
 * keys they produce are what the store indexes.
 *
 * <p>The uniqueness key is Unicode's {@code NFKC_Casefold} ({@code NFKC_CF}), the standard's answer to "are these the
 * same identifier". {@code NameFoldingOracleTest} compares it with ICU4J's implementation over every code point, alone
 * and between two letters. There is no deliberate difference: the places where a JDK-only implementation could drift
 * from the standard are handled here and tested there:
 *
 * <ul>
 *   <li>dotless {@code ı} (U+0131) keeps its own key, as in the standard, although it upper-cases to {@code I};
 *   <li>Cherokee folds to its upper-case letters, as case folding does (the small letters came later);
 *   <li>default-ignorable code points (variation selectors, the combining grapheme joiner, Hangul fillers, …) are
 *       removed, which the JDK's normaliser does not do;
 *   <li>final sigma folds to {@code σ}.
 * </ul>
 *
 * <p>Code points that the JDK's Unicode version does not yet assign are left as they are; so does the standard for
 * what is unassigned in its own version. A name can only hold them if a host types characters newer than its JDK.
 */
public final class NameFolding {
  private static final int DOTLESS_I = 0x0131;
  private static final Pattern MARKS_AND_JOINERS = Pattern.compile("[\\p{Mn}\\p{Cf}]+");
  /**
   * Casing can produce text that is no longer NFKC, and NFKC text that casing changes again; the fixed point comes
   * within this many rounds for every code point alone and between letters, as the oracle test shows.
   */
  private static final int MAX_ROUNDS = 4;

  private NameFolding() {}

  /**
   * NFKC case folding: {@code Acme}, {@code ACME} and full-width {@code Ａｃｍｅ} give the same key, and so do
   * {@code Globex} and {@code Glo͏bex} with an invisible joiner inside.
   *
   * <p>Java has no full Unicode case folding, so it is built from upper- then lower-casing in the root locale, one
   * code point at a time, wrapped in NFKC with default-ignorable code points removed, and repeated until nothing
   * changes. Upper-then-lower folds {@code ß} to {@code ss} as full folding does; one code point at a time keeps
   * {@code String.toLowerCase}'s final-sigma rule out (case folding maps every sigma to {@code σ}, so a typed prefix
   * ending in sigma still matches). The loop makes the key a fixed point: folding a key again gives the key.
   *
   * @param name a name, normalised or as typed
   * @return its uniqueness key
   */
  public static String uniquenessKey(String name) {
    String current = Normalizer.normalize(DefaultIgnorables.remove(name), Normalizer.Form.NFKC);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String next = Normalizer.normalize(DefaultIgnorables.remove(foldCase(current)), Normalizer.Form.NFKC);
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
      } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.CHEROKEE) {
        // Cherokee was encoded in capitals; when small letters were added, case folding kept mapping to capitals
        folded.appendCodePoint(Character.toUpperCase(cp));
      } else {
        folded.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
      }
    }
    return folded.toString();
  }

  /**
   * The uniqueness key without accents: combining marks removed after canonical decomposition, and the zero-width
   * joiners a name may hold, which nobody types into a search box. Dotless {@code ı} becomes {@code i} here: two
   * names may differ by it, but someone typing {@code sila} is looking for {@code Sıla}. White space is collapsed
   * again, because a compatibility form may bring its own space ({@code ¨} is a space and a combining diaeresis).
   *
   * @param name a name, normalised or as typed
   * @return its search key
   */
  public static String searchKey(String name) {
    String decomposed = Normalizer.normalize(uniquenessKey(name).replace('\u0131', 'i'), Normalizer.Form.NFD);
    String stripped = MARKS_AND_JOINERS.matcher(decomposed).replaceAll("");
    return Whitespace.collapse(Normalizer.normalize(stripped, Normalizer.Form.NFC));
  }
}
