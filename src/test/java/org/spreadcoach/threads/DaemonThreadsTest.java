package org.spreadcoach.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {
  @Test
  void threadsAreDaemonsNamedForTheirPoolInOrder() {
    ThreadFactory factory = DaemonThreads.named("kb-writer");
    Runnable nothing = () -> {};

    Thread first = factory.newThread(nothing);
    Thread second = factory.newThread(nothing);

    assertThat(first.getName()).isEqualTo("kb-writer");
    assertThat(second.getName()).isEqualTo("kb-writer-2");
    assertThat(first.isDaemon()).isTrue();
    assertThat(second.isDaemon()).isTrue();
  }
}
