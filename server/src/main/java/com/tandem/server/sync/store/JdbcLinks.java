package com.tandem.server.sync.store;

import com.tandem.engine.reconcile.ContentHash;
import com.tandem.engine.reconcile.PendingWrite;
import com.tandem.engine.reconcile.Side;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncLink;
import com.tandem.server.sync.resource.SyncedResource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sync_links rows of one user and resource; the synced fields are stored as JSON.
 *
 * @param <F> the kind of item
 */
public final class JdbcLinks<F extends SyncFields<F>> implements Links<F> {

  private static final int CHUNK = 500;
  private static final String COLUMNS =
      "crm_id, crm_version, microsoft_id, microsoft_version, synced_fields, content_hash,"
          + " synced_at, pending_targets, pending_crm_version, pending_microsoft_version";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate tx;
  private final Runnable durable;
  private final long userId;
  private final String resource;
  private final FieldsJson<F> json;

  /**
   * The links of one user and resource; {@code tx} makes each rewrite of links one transaction (or
   * part of the caller's), so that a crash never leaves an item with its old link deleted and its
   * new one not written; {@code durable} writes what was committed to disk (intents must be).
   */
  public JdbcLinks(
      JdbcClient jdbc,
      JdbcTemplate batch,
      TransactionTemplate tx,
      Runnable durable,
      long userId,
      SyncedResource<F> resource) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.tx = tx;
    this.durable = durable;
    this.userId = userId;
    this.resource = resource.id().name();
    this.json = FieldsJson.of(resource.fieldsType());
  }

  @Override
  public List<SyncLink<F>> byMicrosoftIds(Collection<String> microsoftIds) {
    return byColumn("microsoft_id", microsoftIds);
  }

  @Override
  public List<SyncLink<F>> byCrmIds(Collection<String> crmIds) {
    return byColumn("crm_id", crmIds);
  }

  @Override
  public Map<String, String> microsoftIdsOf(Collection<String> crmIds) {
    Map<String, String> found = new HashMap<>();
    for (List<String> chunk : chunks(crmIds)) {
      jdbc.sql(
              "SELECT crm_id, microsoft_id FROM sync_links WHERE user_id = ? AND resource = ?"
                  + " AND crm_id IN ("
                  + marks(chunk.size())
                  + ")")
          .params(params(chunk))
          .query((rs, n) -> found.put(rs.getString("crm_id"), rs.getString("microsoft_id")))
          .list();
    }
    return found;
  }

  @Override
  public Optional<SyncLink<F>> byCrmId(String crmId) {
    return byCrmIds(List.of(crmId)).stream().findFirst();
  }

  @Override
  public void forEach(Consumer<SyncLink<F>> each) {
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM sync_links WHERE user_id = ? AND resource = ? ORDER BY crm_id")
        .params(userId, resource)
        .query(
            (ResultSet rs) -> {
              each.accept(link(rs));
            });
  }

  @Override
  public int count() {
    return jdbc.sql("SELECT COUNT(*) FROM sync_links WHERE user_id = ? AND resource = ?")
        .params(userId, resource)
        .query(Integer.class)
        .single();
  }

  @Override
  public void save(SyncLink<F> link) {
    saveAll(List.of(link));
  }

  @Override
  public void saveAll(List<SyncLink<F>> all) {
    if (all.isEmpty()) {
      return;
    }
    tx.executeWithoutResult(
        status -> {
          // Two deletes, one per key, so that each uses its index: one with OR would scan every
          // link of the user, which made a first import quadratic.
          batch.batchUpdate(
              "DELETE FROM sync_links WHERE user_id = ? AND resource = ? AND crm_id = ?",
              all.stream().map(l -> new Object[] {userId, resource, l.crmId()}).toList());
          batch.batchUpdate(
              "DELETE FROM sync_links WHERE user_id = ? AND resource = ? AND microsoft_id = ?",
              all.stream().map(l -> new Object[] {userId, resource, l.microsoftId()}).toList());
          insert(all);
        });
  }

  @Override
  public void insertAll(List<SyncLink<F>> fresh) {
    tx.executeWithoutResult(status -> insert(fresh));
  }

  private void insert(List<SyncLink<F>> fresh) {
    batch.batchUpdate(
        "INSERT INTO sync_links (user_id, resource, "
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        fresh.stream().map(this::row).toList());
  }

  private Object[] row(SyncLink<F> link) {
    PendingWrite pending = link.pending();
    return new Object[] {
      userId,
      resource,
      link.crmId(),
      link.crmVersion(),
      link.microsoftId(),
      link.microsoftVersion(),
      json.write(link.synced()),
      link.hash().value(),
      OffsetDateTime.ofInstant(link.syncedAt(), ZoneOffset.UTC),
      pending == null
          ? null
          : pending.targets().stream().sorted().map(Side::name).collect(Collectors.joining(",")),
      pending == null ? null : pending.crmVersion(),
      pending == null ? null : pending.microsoftVersion()
    };
  }

  @Override
  public List<SyncLink<F>> createIntents() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM sync_links WHERE user_id = ? AND resource = ? AND LEFT(microsoft_id, ?) = ?")
        .params(userId, resource, CREATING.length(), CREATING)
        .query((rs, n) -> link(rs))
        .list();
  }

  @Override
  public void replace(List<SyncLink<F>> save, Collection<String> forget, List<SyncLink<F>> fresh) {
    if (save.isEmpty() && forget.isEmpty() && fresh.isEmpty()) {
      return;
    }
    tx.executeWithoutResult(
        status -> {
          saveAll(save);
          if (!forget.isEmpty()) {
            batch.batchUpdate(
                "DELETE FROM sync_links WHERE user_id = ? AND resource = ? AND crm_id = ?",
                forget.stream().map(id -> new Object[] {userId, resource, id}).toList());
          }
          if (!fresh.isEmpty()) {
            insert(fresh);
          }
        });
  }

  @Override
  public void recordIntents(List<SyncLink<F>> replacing, List<SyncLink<F>> fresh) {
    replace(replacing, List.of(), fresh);
    durable.run();
  }

  @Override
  public void fulfil(List<SyncLink<F>> made) {
    if (made.isEmpty()) {
      return;
    }
    try {
      tx.executeWithoutResult(status -> fulfilAll(made));
    } catch (DuplicateKeyException e) {
      // A copy is linked to another item already (a duplicate from older versions): rewrite whole.
      saveAll(made);
    }
  }

  private void fulfilAll(List<SyncLink<F>> made) {
    int[] updated =
        batch.batchUpdate(
            "UPDATE sync_links SET microsoft_id = ?, microsoft_version = ?, synced_at = ?"
                + " WHERE user_id = ? AND resource = ? AND crm_id = ?",
            made.stream()
                .map(
                    l ->
                        new Object[] {
                          l.microsoftId(),
                          l.microsoftVersion(),
                          OffsetDateTime.ofInstant(l.syncedAt(), ZoneOffset.UTC),
                          userId,
                          resource,
                          l.crmId()
                        })
                .toList());
    List<SyncLink<F>> missing = new ArrayList<>();
    for (int i = 0; i < updated.length; i++) {
      if (updated[i] == 0) {
        missing.add(made.get(i));
      }
    }
    saveAll(missing);
  }

  @Override
  public void delete(String crmId) {
    jdbc.sql("DELETE FROM sync_links WHERE user_id = ? AND resource = ? AND crm_id = ?")
        .params(userId, resource, crmId)
        .update();
  }

  private List<SyncLink<F>> byColumn(String column, Collection<String> ids) {
    List<SyncLink<F>> found = new ArrayList<>();
    for (List<String> chunk : chunks(ids)) {
      found.addAll(
          jdbc.sql(
                  "SELECT "
                      + COLUMNS
                      + " FROM sync_links WHERE user_id = ? AND resource = ? AND "
                      + column
                      + " IN ("
                      + marks(chunk.size())
                      + ")")
              .params(params(chunk))
              .query((rs, n) -> link(rs))
              .list());
    }
    return found;
  }

  private List<Object> params(List<String> chunk) {
    List<Object> params = new ArrayList<>(chunk.size() + 2);
    params.add(userId);
    params.add(resource);
    params.addAll(chunk);
    return params;
  }

  private SyncLink<F> link(ResultSet rs) throws SQLException {
    String targets = rs.getString("pending_targets");
    PendingWrite pending = null;
    if (targets != null) {
      Set<Side> sides = EnumSet.noneOf(Side.class);
      for (String side : targets.split(",")) {
        sides.add(Side.valueOf(side));
      }
      pending =
          new PendingWrite(
              sides,
              rs.getString("pending_crm_version"),
              rs.getString("pending_microsoft_version"));
    }
    F synced = json.read(rs.getString("synced_fields"));
    // The hash is recomputed: a newer engine's normalization then applies to old links too.
    return new SyncLink<>(
        rs.getString("crm_id"),
        rs.getString("crm_version"),
        rs.getString("microsoft_id"),
        rs.getString("microsoft_version"),
        synced,
        ContentHash.of(synced),
        instant(rs, "synced_at"),
        pending);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static String marks(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private static List<List<String>> chunks(Collection<String> ids) {
    List<String> distinct = ids.stream().distinct().toList();
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i += CHUNK) {
      chunks.add(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
    }
    return chunks;
  }
}
