package org.consumerorgs;

import org.consumerorgs.policy.NameFolding;

/**
 * Prepares what a user typed into the search box: folded exactly like a name's search key, so that comparing the two
 * is a plain substring test. Characters no name may contain (controls, invisible format characters, lone surrogates)
 * are dropped first: they could never match, and some stores refuse them in a query.
 */
final class SearchText {
  private SearchText() {}

  static String fold(String text) {
    // the search refuses a text longer than SearchRequest.MAX_TEXT_LENGTH before it gets here: nothing is cut
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      // tab and the ASCII line breaks are controls too, but white space: kept, they separate words
      boolean droppable = (type == Character.CONTROL && (cp < 0x09 || cp > 0x0D)) || type == Character.FORMAT
          || type == Character.SURROGATE;
      if (!droppable) {
        kept.appendCodePoint(cp);
      }
    }
    return NameFolding.searchKey(kept.toString());
  }
}
