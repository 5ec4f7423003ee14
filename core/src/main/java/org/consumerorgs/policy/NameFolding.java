package org.consumerorgs.policy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How two names are compared the way a person compares them. Pure functions; the same in every adapter, because the
 * keys they produce are what the store indexes.
 */
public final class NameFolding {
  private static final Pattern MARKS_AND_JOINERS = Pattern.compile("[\\p{Mn}\\p{Cf}]+");

  private NameFolding() {}

  /**
   * NFKC case folding: {@code Acme}, {@code ACME} and full-width {@code Ａｃｍｅ} give the same key.
   *
   * <p>Java has no full Unicode case folding, so it is built from upper- then lower-casing in the root locale (which
   * folds {@code ß} to {@code ss} and final sigma to sigma, as full folding does), wrapped in NFKC, and repeated until
   * nothing changes: casing can produce text that is no longer NFKC, and a key must be a fixed point so that folding
   * a key again gives the key.
   */
  public static String uniquenessKey(String name) {
    String current = Normalizer.normalize(name, Normalizer.Form.NFKC);
    for (int round = 0; round < 4; round++) {
      String next = Normalizer.normalize(
          current.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
      next = Whitespace.collapse(next);
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }

  /**
   * The uniqueness key without accents: combining marks removed after canonical decomposition, and the zero-width
   * joiners a name may hold, which nobody types into a search box.
   */
  public static String searchKey(String name) {
    String decomposed = Normalizer.normalize(uniquenessKey(name), Normalizer.Form.NFD);
    String stripped = MARKS_AND_JOINERS.matcher(decomposed).replaceAll("");
    return Whitespace.collapse(Normalizer.normalize(stripped, Normalizer.Form.NFC));
  }
}
