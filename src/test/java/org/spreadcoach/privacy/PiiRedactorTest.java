package org.spreadcoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiRedactorTest {
  private final PiiRedactor redactor = new PiiRedactor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mail jo.bloggs@nhs.net today             | mail [email] today",
        "J.Smith+spread@wales.nhs.uk              | [email]",
        "ring 07700 900123 please                 | ring [phone] please",
        "ring 07700900123                         | ring [phone]",
        "call +44 7700 900123                     | call [phone]",
        "call +44 (0)20 7946 0018                 | call [phone]",
        "office 020 7946 0018                     | office [phone]",
        "office (0161) 496 0000                   | office [phone]",
        "office 0113-496-0000                     | office [phone]",
        "patient 943 476 5919 on ward             | patient [nhs-number] on ward",
        "patient 9434765919                       | patient [nhs-number]",
        "patient 943-476-5919                     | patient [nhs-number]",
        "at SW1A 1AA now                          | at [postcode] now",
        "at m1 1ae                                | at [postcode]",
        "cc <@123456789012345678> and <@!42>      | cc [user] and [user]",
        "ask @sam.jones about it                  | ask [user] about it",
        "the <@&999> role                         | the [role] role",
      })
  void replacesPersonalData(String in, String out) {
    assertThat(redactor.redact(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ward 7 has 12 beds and 3 bays",
        "the 2026-01-05 meeting",
        "version 1.2.3 of the pathway",
        "@everyone the meeting moved",
        "we saved 1500 bed days in 2024",
      })
  void leavesOrdinaryTextAlone(String text) {
    assertThat(redactor.redact(text)).isEqualTo(text);
  }

  @Test
  void aTenDigitNumberWithAWrongCheckDigitIsNotAnNhsNumber() {
    assertThat(PiiRedactor.isValidNhsNumber("9434765919")).isTrue();
    assertThat(PiiRedactor.isValidNhsNumber("9434765918")).isFalse();
    assertThat(redactor.redact("order 943 476 5918")).doesNotContain("[nhs-number]");
  }
}
