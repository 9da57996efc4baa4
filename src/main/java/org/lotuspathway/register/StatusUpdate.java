package org.lotuspathway.register;

/**
 * A change to a practitioner's record as submitted, from the record's pages or the API: any of
 * the three parts, each replacing that part whole. Values arrive as text and are read by
 * {@link StatusRules}, so that each wrong one gets its own message.
 */
public record StatusUpdate(RegistrationInput registration, ListInput performersList, VettingInput vetting) {

    public record RegistrationInput(String status, Boolean licenceToPractise, String revalidationDue,
            String responsibleOfficer, String renewalDue, String checkedOn) {
    }

    public record ListInput(String list, String status, String effectiveOn) {
    }

    /**
     * {@code certificateNumber} left out, or sent back masked as the record shows it, keeps the
     * number already recorded.
     */
    public record VettingInput(String level, String workforce, String certificateNumber, String issuedOn,
            Boolean updateService, String updateServiceCheckedOn) {
    }

    public boolean isEmpty() {
        return registration == null && performersList == null && vetting == null;
    }
}
