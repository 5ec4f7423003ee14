package org.consumerorgs.spring.boot;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.consumerorgs.policy.DeletionPolicy;
import org.consumerorgs.policy.NamingPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the SDK under {@code consumer-orgs.*}. Every one has the SDK's own default, so an application needs
 * none of them.
 */
@ConfigurationProperties(prefix = "consumer-orgs")
public class ConsumerOrgsProperties {
  /** The prefix of every SDK table and index name; the one the schema is installed with. */
  private String tablePrefix = "corg_";

  /** What deleting an organization still linked to shares does. */
  private DeletionPolicy deletionPolicy = DeletionPolicy.ALLOW_WITH_IMPACT;

  /** The time zone whose calendar months the Monthly Active Consumers report counts. */
  private ZoneId billingTimeZone = ZoneOffset.UTC;

  /** How many times one SDK call runs when the storage fails in a retryable way, the first time included. */
  private int attempts = 3;

  private final Naming naming = new Naming();
  private final Schema schema = new Schema();
  private final Web web = new Web();

  /** Creates the settings with the SDK's defaults. */
  public ConsumerOrgsProperties() {}

  /** @return the table prefix */
  public String getTablePrefix() {
    return tablePrefix;
  }

  /** @param tablePrefix the table prefix */
  public void setTablePrefix(String tablePrefix) {
    this.tablePrefix = tablePrefix;
  }

  /** @return the deletion policy */
  public DeletionPolicy getDeletionPolicy() {
    return deletionPolicy;
  }

  /** @param deletionPolicy the deletion policy */
  public void setDeletionPolicy(DeletionPolicy deletionPolicy) {
    this.deletionPolicy = deletionPolicy;
  }

  /** @return the billing time zone */
  public ZoneId getBillingTimeZone() {
    return billingTimeZone;
  }

  /** @param billingTimeZone the billing time zone */
  public void setBillingTimeZone(ZoneId billingTimeZone) {
    this.billingTimeZone = billingTimeZone;
  }

  /** @return how many times a call runs at most */
  public int getAttempts() {
    return attempts;
  }

  /** @param attempts how many times a call runs at most */
  public void setAttempts(int attempts) {
    this.attempts = attempts;
  }

  /** @return the naming limits */
  public Naming getNaming() {
    return naming;
  }

  /** @return the schema handling */
  public Schema getSchema() {
    return schema;
  }

  /** @return the HTTP error contract's settings */
  public Web getWeb() {
    return web;
  }

  /** The lengths an organization's name may have, in user-perceived characters. */
  public static class Naming {
    /** The shortest name accepted. */
    private int minLength = NamingPolicy.DEFAULT_MIN_LENGTH;

    /** The longest name accepted. */
    private int maxLength = NamingPolicy.DEFAULT_MAX_LENGTH;

    /** Creates the SDK's default limits. */
    public Naming() {}

    /** @return the shortest name accepted */
    public int getMinLength() {
      return minLength;
    }

    /** @param minLength the shortest name accepted */
    public void setMinLength(int minLength) {
      this.minLength = minLength;
    }

    /** @return the longest name accepted */
    public int getMaxLength() {
      return maxLength;
    }

    /** @param maxLength the longest name accepted */
    public void setMaxLength(int maxLength) {
      this.maxLength = maxLength;
    }
  }

  /** What happens to the SDK's tables at start-up. */
  public static class Schema {
    /** flyway, install, validate or none; auto takes flyway when Flyway is on the class path, validate otherwise. */
    private SchemaMode mode = SchemaMode.AUTO;

    /** Creates the default: {@link SchemaMode#AUTO}. */
    public Schema() {}

    /** @return the schema mode */
    public SchemaMode getMode() {
      return mode;
    }

    /** @param mode the schema mode */
    public void setMode(SchemaMode mode) {
      this.mode = mode;
    }
  }

  /** The HTTP error contract of a Spring MVC application. */
  public static class Web {
    /** Whether the SDK's exceptions thrown from controllers become RFC 9457 problem responses. */
    private boolean problemDetails = true;

    /** Creates the default: on. */
    public Web() {}

    /** @return whether problem responses are on */
    public boolean isProblemDetails() {
      return problemDetails;
    }

    /** @param problemDetails whether problem responses are on */
    public void setProblemDetails(boolean problemDetails) {
      this.problemDetails = problemDetails;
    }
  }
}
