package org.lotuspathway.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the log says of an email that was not sent: why, without whom it was for. */
class OutboxLogTests {

    @Test
    void aRefusalIsLoggedWithoutTheAddressItRefused() {
        String logged = OutboxSender.withoutAddresses(
                "MailSendException: 550 5.1.1 <rory.raiser@example.org>: Recipient address rejected; also cc ann@nhs.net");

        assertThat(logged).doesNotContain("rory.raiser", "example.org", "ann@nhs.net")
                .contains("550 5.1.1", "Recipient address rejected", "(an address)");
    }
}
