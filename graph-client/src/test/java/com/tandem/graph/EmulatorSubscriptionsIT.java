package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.GraphEmulatorExtension;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.RequestRejectedException;
import com.tandem.graph.model.ChangeNotification;
import com.tandem.graph.model.DateTimeTimeZone;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Subscriptions against the emulator, with a real webhook receiving the notifications. */
class EmulatorSubscriptionsIT {

  @RegisterExtension static final GraphEmulatorExtension EMULATOR = new GraphEmulatorExtension();

  private static final Mailbox ADELE = Mailbox.me("adele");

  private GraphClient client;
  private NotificationReceiver receiver;
  private Instant now;

  @BeforeEach
  void setUp(GraphEmulator emulator) {
    emulator.control().reset();
    client = EmulatorTokens.client(emulator, 10);
    receiver = new NotificationReceiver();
    now = emulator.control().clock().instant();
  }

  @AfterEach
  void tearDown() {
    receiver.close();
  }

  @Test
  void aNewEventIsNotifiedWithTheClientState() throws Exception {
    Subscription created =
        client
            .subscriptions()
            .create(
                ADELE,
                Subscription.of(
                    "me/events",
                    "created,updated,deleted",
                    receiver.url(),
                    null,
                    now.plus(Duration.ofHours(1)),
                    "tandem-secret"));

    Event event =
        client
            .events()
            .create(
                ADELE,
                Event.builder()
                    .subject("Notify me")
                    .time(
                        DateTimeTimeZone.utc(LocalDateTime.of(2026, 6, 1, 9, 0)),
                        DateTimeTimeZone.utc(LocalDateTime.of(2026, 6, 1, 10, 0)))
                    .build(),
                "tx-n",
                "crm-n");
    String body = receiver.bodies().poll(10, TimeUnit.SECONDS);

    assertThat(created.id()).isNotBlank();
    assertThat(body).as("a notification within 10 s").isNotNull();
    List<ChangeNotification> notifications = ChangeNotifications.parse(body);
    assertThat(notifications)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.subscriptionId()).isEqualTo(created.id());
              assertThat(n.clientState()).isEqualTo("tandem-secret");
              assertThat(n.changeType()).isEqualTo("created");
              assertThat(n.resourceData().id()).isEqualTo(event.id());
            });
  }

  @Test
  void aSubscriptionIsRenewedAndDeleted() {
    Subscription created =
        client
            .subscriptions()
            .create(
                ADELE,
                Subscription.of(
                    "me/events",
                    "updated",
                    receiver.url(),
                    null,
                    now.plus(Duration.ofHours(1)),
                    null));
    Instant later =
        now.plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    Subscription renewed = client.subscriptions().renew(ADELE, created.id(), later);
    client.subscriptions().delete(ADELE, created.id());

    assertThat(renewed.expirationDateTime()).isEqualTo(later);
    assertThatThrownBy(() -> client.subscriptions().delete(ADELE, created.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anEndpointThatDoesNotEchoTheTokenIsRefused() {
    java.net.URI deaf =
        java.net.URI.create(receiver.url().toString().replace("/notify", "/nothing"));

    assertThatThrownBy(
            () ->
                client
                    .subscriptions()
                    .create(
                        ADELE,
                        Subscription.of(
                            "me/events",
                            "created",
                            deaf,
                            null,
                            now.plus(Duration.ofHours(1)),
                            null)))
        .isInstanceOf(RequestRejectedException.class);
  }
}
