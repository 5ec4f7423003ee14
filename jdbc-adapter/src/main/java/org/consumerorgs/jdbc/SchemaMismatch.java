package org.consumerorgs.jdbc;

/**
 * What a host reads when the installed schema is not the one this release needs: which version is there, which is
 * needed, and the call that closes the gap.
 */
final class SchemaMismatch {
  private SchemaMismatch() {}

  static String notInstalled(Dialect dialect, String tablePrefix) {
    return "The Consumer Organizations schema with table prefix \"" + tablePrefix + "\" is not installed in this"
        + " database. Install it with JdbcSchema.install(dataSource, \"" + tablePrefix + "\"), or let your migration"
        + " tool run the scripts in classpath:" + dialect.scriptFolder() + " with the placeholder table_prefix = \""
        + tablePrefix + "\".";
  }

  static String older(Dialect dialect, String tablePrefix, int installed) {
    return "The Consumer Organizations schema with table prefix \"" + tablePrefix + "\" is at version " + installed
        + ", but this release of the SDK needs version " + JdbcSchema.REQUIRED_VERSION + ". Upgrade it with"
        + " JdbcSchema.upgrade(dataSource, \"" + tablePrefix + "\") (or let your migration tool run the new scripts"
        + " in classpath:" + dialect.scriptFolder() + "), then start again.";
  }

  static String newer(Dialect dialect, String tablePrefix, int installed) {
    return "The Consumer Organizations schema with table prefix \"" + tablePrefix + "\" is at version " + installed
        + ", newer than version " + JdbcSchema.REQUIRED_VERSION + ", the newest this release of the SDK knows: a"
        + " newer release upgraded it. Run that release or a later one; this one cannot tell what the newer"
        + " version changed, and no script takes a schema back to an older version (" + dialect + ").";
  }
}
