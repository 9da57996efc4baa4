package org.lotuspathway.updates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lotuspathway.common.Readability;
import org.lotuspathway.common.SafeXml;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.PersonalName;
import org.lotuspathway.forms.FormField;
import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reviews a draft letter as the case manager writes it: the letter is written from the form's
 * current answers exactly as it would be sent, and its text measured.
 */
@Component
class DraftReviews {

    static final int LONG_WORDS_SHOWN = 8;
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "li");

    private final Concerns concerns;
    private final Letters letters;
    private final PathwayClock clock;

    DraftReviews(Concerns concerns, Letters letters, PathwayClock clock) {
        this.concerns = concerns;
        this.letters = letters;
        this.clock = clock;
    }

    /** Whether {@code taskKey} is a step that sends the practitioner a letter. */
    static boolean writesALetter(String taskKey) {
        return ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE.equals(taskKey) || ConcernPathway.TASK_CLOSE_CASE.equals(taskKey);
    }

    @Transactional(readOnly = true)
    public DraftReview review(String businessKey, String taskKey, FormSchema form, Map<String, ?> values, String by) {
        Concern concern = concerns.get(businessKey);
        PersonalName name = concern.practitioner().personalName();
        PractitionerUpdate draft = ConcernPathway.TASK_CLOSE_CASE.equals(taskKey)
                ? PractitionerUpdate.atClosure(concern, DraftAnswers.closure(values), by, clock.now())
                : PractitionerUpdate.afterPanel(concern, DraftAnswers.update(values), null, by, clock.now());
        String title = LetterTitles.of(draft.kind(), draft.meetingDate().orElse(null), 1);
        String text = textOf(letters.write(draft, concern, title)).replace(businessKey, " ");
        List<String> longWords = Readability.longWords(text);
        return new DraftReview(name.salutation(), concern.practitioner().nameConfirmed(), Readability.readingAge(text),
                Readability.longSentences(text), longWords.subList(0, Math.min(LONG_WORDS_SHOWN, longWords.size())),
                thirdPerson(form, values, name));
    }

    private static List<DraftReview.ThirdPerson> thirdPerson(FormSchema form, Map<String, ?> values, PersonalName name) {
        List<DraftReview.ThirdPerson> found = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (values.get(field.key()) instanceof String text) {
                List<String> words = SecondPerson.thirdPersonIn(text, name);
                if (!words.isEmpty()) {
                    found.add(new DraftReview.ThirdPerson(field.label(), words));
                }
            }
        }
        return found;
    }

    /**
     * The letter's words as a reader meets them: each heading and paragraph a block of its own (a
     * heading is not the start of the sentence after it), without the case reference and date line.
     */
    static String textOf(String letter) {
        try {
            NodeList blocks = SafeXml.parse(Letters.xmlSafe(letter)).getElementsByTagNameNS("*", "*");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < blocks.getLength(); i++) {
                Element block = (Element) blocks.item(i);
                if (BLOCKS.contains(block.getLocalName()) && !block.getAttribute("class").contains("letter-meta")) {
                    text.append(block.getTextContent().strip()).append("\n\n");
                }
            }
            return text.toString();
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("A written letter is not well-formed XHTML", e);
        }
    }
}
