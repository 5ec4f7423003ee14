package org.consumerorgs.chaos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.consumerorgs.Actor;
import org.consumerorgs.ConsumerOrgs;
import org.consumerorgs.domain.AddConsumersRequest;
import org.consumerorgs.domain.AddConsumersResult;
import org.consumerorgs.domain.AddConsumersResult.EntryOutcome;
import org.consumerorgs.domain.ConsumerOrganization;
import org.consumerorgs.domain.ConsumerOrganizationId;
import org.consumerorgs.domain.DeletionImpact;
import org.consumerorgs.domain.Link;
import org.consumerorgs.domain.ProviderId;
import org.consumerorgs.domain.RemovalOutcome;
import org.consumerorgs.domain.Share;
import org.consumerorgs.domain.ShareDeletion;
import org.consumerorgs.domain.ShareId;
import org.consumerorgs.error.DuplicateNameException;
import org.consumerorgs.error.NotFoundException;
import org.consumerorgs.error.ObjectKind;
import org.consumerorgs.error.StaleVersionException;

/**
 * The workload's calls, each chosen at random with its arguments from what the threads have seen: create, versioned
 * rename, a batch of existing and new organizations, remove, delete, and now and then a share deleted (and another
 * registered).
 * Each call is logged with what it says it did if the SDK acknowledges it ({@link Acknowledged}).
 */
final class Operations {
  /** The workload keeps about this many shares, registering one when fewer are seen. */
  private static final int SHARES = 3;

  private final ProviderId provider;
  private final CallLog log;
  private final Sightings seen;

  Operations(ProviderId provider, CallLog log, Sightings seen) {
    this.provider = provider;
    this.log = log;
    this.seen = seen;
  }

  /** One random call on {@code sdk}. */
  void any(ConsumerOrgs sdk, int thread, Random random) {
    Optional<ShareId> newShare = random.nextBoolean() ? seen.newShareIdBelow(SHARES) : Optional.empty();
    if (newShare.isPresent()) {
      registerShare(sdk, thread, newShare.get());
      return;
    }
    Optional<ConsumerOrganizationId> org = seen.anyOrganization(random);
    Optional<ShareId> share = seen.anyShare(random);
    int roll = random.nextInt(1000);
    if (roll < 200 || org.isEmpty()) {
      create(sdk, thread, NamePool.pick(random));
    } else if (roll < 380) {
      rename(sdk, thread, org.get(), NamePool.pick(random));
    } else if (roll < 720 && share.isPresent()) {
      addConsumers(sdk, thread, share.get(), random);
    } else if (roll < 860 && share.isPresent()) {
      removeConsumer(sdk, thread, share.get(), org.get());
    } else if (roll < 995 || share.isEmpty()) {
      delete(sdk, thread, org.get());
    } else {
      deleteShare(sdk, thread, share.get());
    }
  }

  private void create(ConsumerOrgs sdk, int thread, String name) {
    long number = log.next();
    log.record(number, thread, "create " + quote(name), () -> {
      ConsumerOrganization org = learning(() -> sdk.organizations().create(actor(number), name));
      seen.saw(org);
      return Acknowledged.events(List.of(EventSignature.created(org)));
    });
  }

  private void rename(ConsumerOrgs sdk, int thread, ConsumerOrganizationId id, String name) {
    long number = log.next();
    long version = seen.versionOf(id);
    log.record(number, thread, "rename " + id.value() + " v" + version + " to " + quote(name), () -> {
      ConsumerOrganization org = learning(() -> sdk.organizations().rename(actor(number), id, version, name));
      seen.saw(org);
      return Acknowledged.events(org.version() == version ? List.of() : List.of(EventSignature.renamed(org)));
    });
  }

  private void addConsumers(ConsumerOrgs sdk, int thread, ShareId share, Random random) {
    AddConsumersRequest.Builder request = AddConsumersRequest.builder();
    List<String> entries = new ArrayList<>();
    int size = 1 + random.nextInt(4);
    for (int i = 0; i < size; i++) {
      Optional<ConsumerOrganizationId> existing = seen.anyOrganization(random);
      if (existing.isPresent() && random.nextInt(10) < 6) {
        request.existing(existing.get());
        entries.add(existing.get().value());
      } else {
        String name = NamePool.pick(random);
        request.newOrganization(name);
        entries.add("new " + quote(name));
      }
    }
    long number = log.next();
    log.record(number, thread, "addConsumers " + share.value() + " " + entries, () -> {
      AddConsumersResult result = learning(() -> sdk.shares().addConsumers(actor(number), share, request.build()));
      List<String> expected = new ArrayList<>();
      Set<ConsumerOrganizationId> linkedHere = new HashSet<>();
      List<String> alreadyLinked = new ArrayList<>();
      for (EntryOutcome outcome : result.outcomes()) {
        ConsumerOrganizationId org = outcome.organization().id();
        seen.saw(outcome.organization());
        switch (outcome.status()) {
          case CREATED_AND_LINKED -> {
            expected.add(EventSignature.created(outcome.organization()));
            expected.add(EventSignature.added(org, share));
            linkedHere.add(org);
          }
          case LINKED -> {
            expected.add(EventSignature.added(org, share));
            linkedHere.add(org);
          }
          case ALREADY_LINKED -> {
            String pair = share.value() + "/" + org.value();
            if (!linkedHere.contains(org) && !alreadyLinked.contains(pair)) { // else this batch linked it first
              alreadyLinked.add(pair);
            }
          }
        }
      }
      return new Acknowledged(expected, alreadyLinked);
    });
  }

  private void removeConsumer(ConsumerOrgs sdk, int thread, ShareId share, ConsumerOrganizationId org) {
    long number = log.next();
    log.record(number, thread, "removeConsumer " + share.value() + " " + org.value(), () -> {
      RemovalOutcome outcome = learning(() -> sdk.shares().removeConsumer(actor(number), share, org));
      return Acknowledged.events(
          outcome == RemovalOutcome.REMOVED ? List.of(EventSignature.removed(org, share)) : List.of());
    });
  }

  private void delete(ConsumerOrgs sdk, int thread, ConsumerOrganizationId org) {
    long number = log.next();
    log.record(number, thread, "delete " + org.value(), () -> {
      DeletionImpact impact = learning(() -> sdk.organizations().delete(actor(number), org));
      seen.gone(org);
      List<String> expected = new ArrayList<>();
      for (Share share : impact.sharesLosingAccess()) {
        expected.add(EventSignature.removed(org, share.id()));
      }
      expected.add(EventSignature.deleted(org));
      return Acknowledged.events(expected);
    });
  }

  private void deleteShare(ConsumerOrgs sdk, int thread, ShareId share) {
    long number = log.next();
    log.record(number, thread, "deleteShare " + share.value(), () -> {
      ShareDeletion deletion = learning(() -> sdk.shares().delete(actor(number), share));
      seen.shareGone(share);
      List<String> expected = new ArrayList<>();
      for (Link link : deletion.closedLinks()) {
        expected.add(EventSignature.removed(link.organizationId(), share));
      }
      expected.add(EventSignature.shareDeleted(share));
      return Acknowledged.events(expected);
    });
  }

  /** {@code share} is already counted as seen: if the outcome is unknown, later calls find out whether it exists. */
  private void registerShare(ConsumerOrgs sdk, int thread, ShareId share) {
    long number = log.next();
    log.record(number, thread, "registerShare " + share.value(), () -> {
      sdk.shares().register(actor(number), share, "Chaos share " + share.value());
      seen.sawShare(share); // again: a call that met it before the commit took it for deleted
      return Acknowledged.events(List.of(EventSignature.shareRegistered(share)));
    });
  }

  /** Runs a call and learns from its refusal what it says about the data (a newer version, a name's holder). */
  private <T> T learning(Supplier<T> call) {
    try {
      return call.get();
    } catch (StaleVersionException e) {
      seen.saw(e.organizationId(), e.currentVersion());
      throw e;
    } catch (DuplicateNameException e) {
      e.existingOrganizationId().ifPresent(id -> seen.saw(id, 1));
      throw e;
    } catch (NotFoundException e) {
      if (e.kind() == ObjectKind.CONSUMER_ORGANIZATION) {
        seen.gone(ConsumerOrganizationId.of(e.id()));
      } else if (e.kind() == ObjectKind.SHARE) {
        seen.shareGone(ShareId.of(e.id()));
      }
      throw e;
    }
  }

  private Actor actor(long number) {
    return Actor.ofProvider(provider, CallLog.actorId(number));
  }

  private static String quote(String name) {
    return "\"" + name + "\"";
  }
}
