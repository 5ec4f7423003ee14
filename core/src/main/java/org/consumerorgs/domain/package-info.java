/**
 * Immutable value types of the domain: ids, organizations, shares, links, events, requests and results.
 *
 * <p>The bottom layer of core: it uses no other package of the SDK, so every other layer can use it.
 */
@NullMarked
package org.consumerorgs.domain;

import org.jspecify.annotations.NullMarked;
