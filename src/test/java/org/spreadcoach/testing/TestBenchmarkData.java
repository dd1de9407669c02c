package org.spreadcoach.testing;

/** A tiny data set in CLINC150's JSON layout, for tests that must never need the real file. */
public final class TestBenchmarkData {
  private TestBenchmarkData() {}

  /** Three intents, a few out-of-scope queries, in CLINC's own JSON layout. */
  public static final String TINY =
      """
      {
        "train": [
          ["what is the weather like today", "weather"], ["will it rain tomorrow", "weather"],
          ["is it sunny outside", "weather"], ["how hot is it going to be", "weather"],
          ["do i need an umbrella today", "weather"], ["what is the forecast for the weekend", "weather"],
          ["set an alarm for seven", "alarm"], ["wake me up at six am", "alarm"],
          ["i need an alarm at noon", "alarm"], ["set my alarm for tomorrow morning", "alarm"],
          ["create an alarm for eight thirty", "alarm"], ["alarm at five please", "alarm"],
          ["translate hello into french", "translate"], ["how do you say cat in spanish", "translate"],
          ["what is thank you in german", "translate"], ["say good night in italian", "translate"],
          ["translate where is the station to french", "translate"],
          ["how would i say dog in japanese", "translate"]
        ],
        "val": [
          ["is it going to rain this weekend", "weather"], ["set an alarm for nine", "alarm"],
          ["how do you say bread in french", "translate"]
        ],
        "oos_val": [["who won the football match", "oos"], ["my car needs new tyres", "oos"]],
        "test": [
          ["what is the weather tomorrow", "weather"], ["wake me at seven with an alarm", "alarm"],
          ["how do you say water in spanish", "translate"]
        ],
        "oos_test": [["recommend a good novel", "oos"], ["what is the capital of peru", "oos"]],
        "oos_train": [["tell me a joke about cows", "oos"]]
      }
      """;
}
