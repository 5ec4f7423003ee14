package org.consumerorgs.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;
import org.consumerorgs.domain.NormalizedName;
import org.consumerorgs.error.InvalidNameException;
import org.consumerorgs.error.NameRule;

/**
 * The rules a name must follow, applied in this order:
 *
 * <ol>
 *   <li>leading and trailing white space (any Unicode white space, line breaks included) is removed;
 *   <li>a line break left inside is refused ({@link NameRule#LINE_BREAK}); so are control, invisible or
 *       direction-changing, private-use characters, broken surrogates, noncharacters and replacement characters;
 *   <li>what is left must show something: a name of only Hangul fillers, blank braille, combining marks or variation
 *       selectors is refused ({@link NameRule#NO_VISIBLE_CHARACTER});
 *   <li>every inner run of white space becomes one space, and the text is put in NFC;
 *   <li>the length, counted in code points (an emoji is one character), must be at least {@link #minLength()} and at
 *       most {@link #maxLength()}.
 * </ol>
 *
 * <p>Uniqueness is not decided here but by the store, on {@link NormalizedName#uniquenessKey()}.
 */
public final class NamingPolicy {
  /** The shortest organization name {@link #defaults()} accepts, in code points. */
  public static final int DEFAULT_MIN_LENGTH = 3;
  /** The longest name {@link #defaults()} accepts, in code points. */
  public static final int DEFAULT_MAX_LENGTH = 200;
  /** Keys are longer than names at worst by NFKC's expansion; adapters size their columns from this. */
  public static final int HARD_MAX_LENGTH = 1000;

  private static final int KHMER_VOWEL_INHERENT_AQ = 0x17B4;
  private static final int KHMER_VOWEL_INHERENT_AA = 0x17B5;
  private static final int OBJECT_REPLACEMENT = 0xFFFC;
  private static final int REPLACEMENT = 0xFFFD;

  private static final NamingPolicy DEFAULTS = new NamingPolicy(DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH);

  private final int minLength;
  private final int maxLength;

  private NamingPolicy(int minLength, int maxLength) {
    checkArgument(minLength >= 1, "the minimum name length must be at least 1, got %s", minLength);
    checkArgument(maxLength >= minLength, "the maximum name length (%s) must not be below the minimum (%s)",
        maxLength, minLength);
    checkArgument(maxLength <= HARD_MAX_LENGTH, "the maximum name length must be at most %s, got %s",
        HARD_MAX_LENGTH, maxLength);
    this.minLength = minLength;
    this.maxLength = maxLength;
  }

  /**
   * Names longer than 2 characters, at most 200.
   *
   * @return the policy
   */
  public static NamingPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy with other length limits, both counted in code points and inclusive.
   *
   * @param minLength the fewest characters, at least 1
   * @param maxLength the most characters, at least {@code minLength} and at most {@value #HARD_MAX_LENGTH}
   * @return the policy
   * @throws IllegalArgumentException if the limits are out of those bounds
   */
  public static NamingPolicy withLengths(int minLength, int maxLength) {
    return new NamingPolicy(minLength, maxLength);
  }

  /** {@return the fewest characters a name may have, in code points} */
  public int minLength() {
    return minLength;
  }

  /** {@return the most characters a name may have, in code points} */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Normalises {@code raw} and checks every rule.
   *
   * @param raw the name as typed
   * @return the name as it is stored, with its uniqueness and search keys
   * @throws InvalidNameException naming the first rule that failed, with a message a host can show its user
   */
  public NormalizedName check(String raw) {
    requireNonNull(raw, "name must not be null");
    String trimmed = Whitespace.trim(raw);
    int leading = trimmed.isEmpty() ? 0 : raw.codePointCount(0, raw.indexOf(trimmed));
    rejectForbiddenCharacters(raw, trimmed, leading);
    if (!trimmed.isEmpty() && !VisibleCharacters.containsVisible(trimmed)) {
      throw new InvalidNameException(NameRule.NO_VISIBLE_CHARACTER, raw, "The name has no visible character: it"
          + " needs a letter, digit or symbol, not only blanks, fillers or marks that show nothing on their own.");
    }
    String value = Normalizer.normalize(Whitespace.collapse(trimmed), Normalizer.Form.NFC);
    int length = value.codePointCount(0, value.length());
    if (length < minLength) {
      throw new InvalidNameException(NameRule.TOO_SHORT, raw, minLength == 1
          ? "The name must not be empty."
          : String.format(Locale.ROOT, "The name must be longer than %d characters%s.", minLength - 1,
              length == 0 ? "" : "; \u201C" + value + "\u201D has " + length));
    }
    if (length > maxLength) {
      throw new InvalidNameException(NameRule.TOO_LONG, raw,
          String.format(Locale.ROOT, "The name must be at most %d characters long; it has %d.", maxLength, length));
    }
    String uniquenessKey = NameFolding.uniquenessKey(value);
    return new NormalizedName(value, uniquenessKey, NameFolding.searchKey(value));
  }

  /** {@code leading}: code points trimmed before {@code text}, so that positions count in what the user typed. */
  private static void rejectForbiddenCharacters(String raw, String text, int leading) {
    int position = leading;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      position++;
      int next = i + Character.charCount(cp);
      if (Whitespace.isLineBreak(cp)) {
        throw new InvalidNameException(NameRule.LINE_BREAK, raw,
            "The name must be on a single line; it has a line break at character " + position + ".");
      }
      rejectPlaceholder(raw, cp, position);
      switch (Character.getType(cp)) {
        case Character.CONTROL -> {
          // tab is white space, collapsed to a space below; every other control character is refused
          if (!Whitespace.isWhitespace(cp)) {
            throw new InvalidNameException(NameRule.CONTROL_CHARACTER, raw,
                "The name contains a control character (" + describe(cp) + ") at character " + position + ".");
          }
        }
        case Character.FORMAT -> {
          if (!isJoinerBetweenVisibleCharacters(text, cp, i, next)) {
            throw invisibleCharacter(raw, cp, position);
          }
        }
        case Character.NON_SPACING_MARK -> {
          if (cp == KHMER_VOWEL_INHERENT_AQ || cp == KHMER_VOWEL_INHERENT_AA) {
            throw invisibleCharacter(raw, cp, position);
          }
        }
        case Character.PRIVATE_USE -> throw new InvalidNameException(NameRule.PRIVATE_USE_CHARACTER, raw,
            "The name contains a private-use character (" + describe(cp) + ") at character " + position
                + "; such characters have no agreed look.");
        case Character.SURROGATE -> throw new InvalidNameException(NameRule.MALFORMED_TEXT, raw,
            "The name contains a broken character (an unpaired UTF-16 surrogate) at character " + position + ".");
        default -> {
          // allowed
        }
      }
      i = next;
    }
  }

  /** Noncharacters and the replacement characters stand for no character of a name, wherever they are. */
  private static void rejectPlaceholder(String raw, int cp, int position) {
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
      throw new InvalidNameException(NameRule.NONCHARACTER, raw, "The name contains a noncharacter ("
          + describe(cp) + ") at character " + position + "; Unicode reserves it for programs, never for text.");
    }
    if (cp == OBJECT_REPLACEMENT || cp == REPLACEMENT) {
      throw new InvalidNameException(NameRule.REPLACEMENT_CHARACTER, raw, "The name contains a replacement character ("
          + describe(cp) + ") at character " + position + ", a placeholder for something lost, often text decoded"
          + " with the wrong character set.");
    }
  }

  private static InvalidNameException invisibleCharacter(String raw, int cp, int position) {
    return new InvalidNameException(NameRule.INVISIBLE_CHARACTER, raw,
        "The name contains an invisible or direction-changing character (" + describe(cp) + ") at character "
            + position + ".");
  }

  /** Zero-width (non-)joiners are part of how Persian, Indic scripts and emoji sequences are written. */
  private static boolean isJoinerBetweenVisibleCharacters(String text, int cp, int start, int next) {
    if (cp != 0x200C && cp != 0x200D) {
      return false;
    }
    if (start == 0 || next >= text.length()) {
      return false;
    }
    return canCarryJoiner(text.codePointBefore(start)) && canCarryJoiner(text.codePointAt(next));
  }

  /**
   * Wider than {@link VisibleCharacters#isVisible}: in emoji sequences a joiner follows a variation selector
   * ({@code ❤️‍🔥} is U+2764 U+FE0F U+200D U+1F525), and in Indic scripts a combining mark.
   */
  private static boolean canCarryJoiner(int cp) {
    int type = Character.getType(cp);
    return !Whitespace.isWhitespace(cp) && type != Character.FORMAT && type != Character.CONTROL;
  }

  private static String describe(int cp) {
    String name = Character.getName(cp);
    return String.format(Locale.ROOT, "U+%04X%s", cp, name == null ? "" : " " + name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NamingPolicy that && minLength == that.minLength && maxLength == that.maxLength;
  }

  @Override
  public int hashCode() {
    return 31 * minLength + maxLength;
  }

  @Override
  public String toString() {
    return "NamingPolicy[minLength=" + minLength + ", maxLength=" + maxLength + "]";
  }
}
