package com.tandem.server.sync.resource;

import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.sync.SyncResource;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every resource this server syncs, in their fixed order (that of {@link SyncResource}); a name of
 * {@link SyncResource} without a resource here is known to the API but not available yet.
 */
@Component
public class SyncedResources {

  private final Map<SyncResource, SyncedResource<?>> byId = new EnumMap<>(SyncResource.class);

  @Autowired
  SyncedResources(ObjectProvider<SyncedResource<?>> resources) {
    this(resources.orderedStream().toList());
  }

  /** The given resources (tests make their own). */
  SyncedResources(List<? extends SyncedResource<?>> resources) {
    resources.stream()
        .sorted(Comparator.comparing(SyncedResource::id))
        .forEach(r -> byId.put(r.id(), r));
  }

  /** Every resource, in order. */
  public List<SyncedResource<?>> all() {
    return List.copyOf(byId.values());
  }

  /** The resource of this name, when this server syncs it. */
  public Optional<SyncedResource<?>> find(SyncResource id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The resource of this name; throws when this server does not sync it. */
  public SyncedResource<?> get(SyncResource id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException(id + " is not synced here"));
  }

  /** The resources that sync for the user whose settings these are, in order. */
  public List<SyncResource> enabled(ResolvedSettings settings) {
    return all().stream().filter(r -> r.enabled(settings)).map(SyncedResource::id).toList();
  }

  /** Whether the system switches leave any resource possible. */
  public boolean anySystemWide(ResolvedSettings system) {
    return all().stream().anyMatch(r -> system.value(r.systemSwitch()));
  }

  /** The given names in the fixed order. */
  static List<SyncResource> inOrder(Set<SyncResource> ids) {
    return Arrays.stream(SyncResource.values()).filter(ids::contains).toList();
  }
}
