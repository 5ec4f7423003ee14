/** Immutable value types of the domain: ids, organizations, shares, links, events, requests and results. */
package org.consumerorgs.domain;
