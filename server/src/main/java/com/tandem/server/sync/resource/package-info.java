/**
 * The contract every synced resource fills in, and what the resources share.
 *
 * <p>A {@link com.tandem.server.sync.resource.SyncedResource} is one kind of item that syncs: its
 * settings (switches, direction, conflict rule), its CRM side ({@link
 * com.tandem.server.sync.resource.CrmItems}), its Microsoft side ({@link
 * com.tandem.server.sync.resource.MicrosoftItems}, read as {@link
 * com.tandem.server.sync.resource.MicrosoftPages}) and the JSON of its fields. The run, the
 * scheduler, the status pages, the metrics and the API work through this contract and name no
 * resource. Shared by the resources: the CRM side over an activity store ({@link
 * com.tandem.server.sync.resource.CrmStoreItems}), taking in Microsoft items or saying why not
 * ({@link com.tandem.server.sync.resource.InboundMapping}), bodies, enum words and version formats.
 *
 * <p>Depends on the engine, the graph client, {@code activity}, {@code settings} and {@code sync};
 * never on the run, the store, the scheduler or a resource.
 */
package com.tandem.server.sync.resource;
