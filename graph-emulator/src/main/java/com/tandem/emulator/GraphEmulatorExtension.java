package com.tandem.emulator;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Starts one emulator per test class on a free port and injects it into {@link GraphEmulator}
 * fields and parameters. Use {@code @ExtendWith(GraphEmulatorExtension.class)} for the {@link
 * Seed#demo() demo seed}, or {@code @RegisterExtension static GraphEmulatorExtension emulator = new
 * GraphEmulatorExtension(seed);}.
 */
public final class GraphEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(GraphEmulatorExtension.class);

  private final Seed seed;
  private GraphEmulator started;

  /** An extension with the demo seed. */
  public GraphEmulatorExtension() {
    this(Seed.demo());
  }

  /** An extension with {@code seed}. */
  public GraphEmulatorExtension(Seed seed) {
    this.seed = seed;
  }

  /** The running emulator (after {@code beforeAll}). */
  public GraphEmulator emulator() {
    if (started == null) {
      throw new IllegalStateException("the emulator starts before all tests of the class");
    }
    return started;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    started = GraphEmulator.start(seed);
    context.getStore(NS).put("emulator", started);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    GraphEmulator e = context.getStore(NS).remove("emulator", GraphEmulator.class);
    if (e != null) {
      e.close();
    }
    started = null;
  }

  @Override
  public void postProcessTestInstance(Object instance, ExtensionContext context)
      throws IllegalAccessException {
    for (Class<?> c = instance.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getType() == GraphEmulator.class && !Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          f.set(instance, find(context));
        }
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == GraphEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    return find(c);
  }

  private GraphEmulator find(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      GraphEmulator e = c.getStore(NS).get("emulator", GraphEmulator.class);
      if (e != null) {
        return e;
      }
    }
    return emulator();
  }
}
