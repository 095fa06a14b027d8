package com.tandem.graph;

import com.tandem.graph.errors.ThrottledException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Tandem's client for Microsoft Graph v1.0: one thread-safe instance per Graph, shared by every
 * mailbox; each call names its {@link Mailbox} and gets its token from {@link AccessTokens}.
 */
public final class GraphClient {

  private final Events events;
  private final TodoLists todoLists;
  private final TodoTasks todoTasks;
  private final Mail mail;
  private final Users users;
  private final Batch batch;
  private final Subscriptions subscriptions;

  private GraphClient(GraphHttp http) {
    this.events = new Events(http);
    this.todoLists = new TodoLists(http);
    this.todoTasks = new TodoTasks(http);
    this.mail = new Mail(http);
    this.users = new Users(http);
    this.batch = new Batch(http);
    this.subscriptions = new Subscriptions(http);
  }

  /** A builder for a client of the given Graph, taking tokens from the given source. */
  public static Builder builder(GraphEndpoints endpoints, AccessTokens tokens) {
    return new Builder(endpoints, tokens);
  }

  /** Calendar events. */
  public Events events() {
    return events;
  }

  /** Microsoft To Do lists. */
  public TodoLists todoLists() {
    return todoLists;
  }

  /** Microsoft To Do tasks. */
  public TodoTasks todoTasks() {
    return todoTasks;
  }

  /** Mail folders, messages and sending. */
  public Mail mail() {
    return mail;
  }

  /** The users behind mailboxes. */
  public Users users() {
    return users;
  }

  /** {@code $batch} requests. */
  public Batch batch() {
    return batch;
  }

  /** Change-notification subscriptions. */
  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** Configures a {@link GraphClient}; every setting but the endpoints and tokens has a default. */
  public static final class Builder {
    private final GraphEndpoints endpoints;
    private final AccessTokens tokens;
    private HttpClient httpClient;
    private int maxPageSize = 100;
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private int maxConcurrentPerMailbox = 4;
    private IntConsumer responses = status -> {};

    private Builder(GraphEndpoints endpoints, AccessTokens tokens) {
      this.endpoints = Objects.requireNonNull(endpoints, "endpoints == null");
      this.tokens = Objects.requireNonNull(tokens, "tokens == null");
    }

    /** Uses a shared {@link HttpClient} instead of a new one. */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    /**
     * Sets the page size asked for with {@code Prefer: odata.maxpagesize} (1–1000, default 100).
     */
    public Builder maxPageSize(int maxPageSize) {
      if (maxPageSize < 1 || maxPageSize > 1000) {
        throw new IllegalArgumentException("maxPageSize must be 1-1000: " + maxPageSize);
      }
      this.maxPageSize = maxPageSize;
      return this;
    }

    /** Sets how long one request may take (default 30 seconds). */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets how many requests may be in flight per mailbox (default 4, Outlook's limit); one more is
     * refused at once with a {@link ThrottledException}.
     */
    public Builder maxConcurrentPerMailbox(int maxConcurrentPerMailbox) {
      if (maxConcurrentPerMailbox < 1) {
        throw new IllegalArgumentException(
            "maxConcurrentPerMailbox must be at least 1: " + maxConcurrentPerMailbox);
      }
      this.maxConcurrentPerMailbox = maxConcurrentPerMailbox;
      return this;
    }

    /** Sets the clock that dates in {@code Retry-After} are measured against. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Tells {@code listener} the HTTP status of every response Graph gives (0 when a request got
     * none: a timeout or a lost connection), for example to count requests by status; a {@code
     * $batch} reports its own status and each member's.
     */
    public Builder onResponse(IntConsumer listener) {
      this.responses = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /** The client. */
    public GraphClient build() {
      HttpClient http =
          httpClient != null
              ? httpClient
              : HttpClient.newBuilder()
                  .connectTimeout(timeout)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
      return new GraphClient(
          new GraphHttp(
              http,
              endpoints,
              tokens,
              maxPageSize,
              timeout,
              new GraphErrors(clock),
              new MailboxConcurrency(maxConcurrentPerMailbox),
              responses));
    }
  }
}
