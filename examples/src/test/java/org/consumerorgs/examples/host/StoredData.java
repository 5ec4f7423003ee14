package org.consumerorgs.examples.host;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.PageRequest;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.jdbc.JdbcStorage;

/**
 * Reads what the host application left in its database, through an SDK of the test's own over the same tables: what
 * a second host instance would see.
 */
final class StoredData {
  private final ConsumerOrgs sdk;
  private final Actor actor;

  StoredData(DataSource dataSource, String provider) {
    this(dataSource, "corg_", provider);
  }

  StoredData(DataSource dataSource, String tablePrefix, String provider) {
    this.sdk = ConsumerOrgs.builder(JdbcStorage.builder(dataSource).tablePrefix(tablePrefix).build())
        .clock(Clock.systemUTC()).build();
    this.actor = Actor.ofProvider(ProviderId.of(provider), "test");
  }

  boolean providerRegistered() {
    return sdk.providers().find(actor).isPresent();
  }

  List<String> organizations() {
    return sdk.organizations().list(actor, PageRequest.first(100)).items().stream().map(ConsumerOrganization::name)
        .toList();
  }

  List<String> consumers(String share) {
    return sdk.shares().consumers(actor, ShareId.of(share), PageRequest.first(100)).items().stream()
        .map(ConsumerOrganization::name).toList();
  }

  List<String> activeConsumers(YearMonth month) {
    return sdk.monthlyActiveConsumers().report(actor, month).consumers().stream().map(c -> c.name()).toList();
  }

  int events() {
    return sdk.events().read(actor, 0, 1000).size();
  }
}
