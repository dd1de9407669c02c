package org.spreadcoach.bench;

import java.util.ArrayList;
import java.util.List;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;

/**
 * The messages the benchmarks classify: a fixed mix of spread questions worded unlike the training
 * examples, near-miss chatter and ordinary chatter, plus the bundled test utterances. Fixed so that
 * two runs measure the same work.
 */
final class BenchMessages {
  private static final List<String> FIXED =
      List.of(
          "how do we get the other wards to pick up our discharge checklist",
          "who should I talk to in the neighbouring trust about our falls pathway",
          "what evidence would convince the ICB to fund this across the region",
          "the staff at site B keep doing it the old way, how do I bring them along",
          "we piloted a new frailty clinic and want three more practices to adopt it",
          "is there a network of people already doing virtual wards we could join",
          "how do I get partners from social care and the voluntary sector round a table",
          "flu is spreading on ward 7 again",
          "can someone scale the chart in the board report",
          "the network is down on level 3",
          "leadership meeting moved to thursday",
          "who is bringing cake for Priya's leaving do",
          "lol 😂 that's brilliant",
          "has anyone seen my blue lanyard",
          "<@123456789> how do we spread this beyond our team?",
          "thanks coach, that helped",
          "hi",
          "what can you do");

  private BenchMessages() {}

  static List<String> of(IntentCatalog catalog) {
    List<String> out = new ArrayList<>(FIXED);
    for (Intent intent : catalog.intents()) {
      out.addAll(intent.tests());
    }
    return List.copyOf(out);
  }
}
