package org.consumerorgs.spring.boot.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.ConsumerEntry;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.LinkId;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.SearchRequest;
import org.consumerorgs.domain.ShareId;

/**
 * Whatever the value, writing it and reading it back gives an equal value: ids of every legal character, names and
 * search texts of any Unicode (quotes, backslashes, control characters, emoji), any number of entries.
 */
class JsonRoundTripProperties {
  private final ObjectMapper json = new ObjectMapper().registerModule(new ConsumerOrgsJacksonModule());

  @Property
  void idsRoundTrip(@ForAll("ids") String value) throws Exception {
    assertThat(roundTrip(ConsumerOrganizationId.of(value), ConsumerOrganizationId.class))
        .isEqualTo(ConsumerOrganizationId.of(value));
    assertThat(roundTrip(ShareId.of(value), ShareId.class)).isEqualTo(ShareId.of(value));
    assertThat(roundTrip(ProviderId.of(value), ProviderId.class)).isEqualTo(ProviderId.of(value));
    assertThat(roundTrip(LinkId.of(value), LinkId.class)).isEqualTo(LinkId.of(value));
    assertThat(json.writeValueAsString(ShareId.of(value))).isEqualTo(json.writeValueAsString(value));
  }

  @Property
  void addConsumersRequestsRoundTrip(@ForAll("addConsumersRequests") AddConsumersRequest request) throws Exception {
    assertThat(roundTrip(request, AddConsumersRequest.class)).isEqualTo(request);
  }

  @Property
  void searchRequestsRoundTrip(@ForAll("searchRequests") SearchRequest request) throws Exception {
    assertThat(roundTrip(request, SearchRequest.class)).isEqualTo(request);
  }

  private <T> T roundTrip(T value, Class<T> type) throws Exception {
    return json.readValue(json.writeValueAsString(value), type);
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(64);
  }

  @Provide
  Arbitrary<AddConsumersRequest> addConsumersRequests() {
    Arbitrary<ConsumerEntry> existing = ids().map(id -> ConsumerEntry.existing(ConsumerOrganizationId.of(id)));
    Arbitrary<ConsumerEntry> created = Arbitraries.strings().all().ofMaxLength(80)
        .map(ConsumerEntry::newOrganization);
    return Arbitraries.oneOf(existing, created).list().ofMinSize(1).ofMaxSize(30)
        .map(entries -> new AddConsumersRequest(List.copyOf(entries)));
  }

  @Provide
  Arbitrary<SearchRequest> searchRequests() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(80);
    Arbitrary<Integer> limit = Arbitraries.integers().between(1, Integer.MAX_VALUE);
    Arbitrary<Optional<ShareId>> exclude = ids().map(ShareId::of).optional();
    return Combinators.combine(text, limit, exclude).as(SearchRequest::new);
  }
}
