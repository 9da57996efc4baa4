package org.lotuspathway.speakup;

import java.util.List;

import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.ReliedOnStep;
import org.springframework.stereotype.Component;

/** Speak up relies on its screening step, and on the Responsible Officer being told of urgent reports. */
@Component
class SpeakUpReliesOn implements ReliedOn {

    @Override
    public List<ReliedOnStep> steps() {
        return List.of(
                ReliedOnStep.of(ScreeningProcess.ID, ScreeningProcess.TASK_SCREEN, "userTask", "Screen an incoming concern",
                        "speak up: reports from the public would never be accepted, answered or closed")
                        .recordedBy("recordScreening").reading(ScreeningAnswers.class),
                ReliedOnStep.of(ScreeningProcess.ID, ScreeningProcess.TASK_TELL_RESPONSIBLE_OFFICER, "serviceTask",
                        "Tell the Responsible Officer",
                        "speak up: nobody would be told at once when patients are at risk now"),
                ReliedOnStep.of(ScreeningProcess.ID, ScreeningProcess.EVENT_RAISER_ANSWERED, "intermediateCatchEvent",
                        "The raiser answers",
                        "speak up: an answer from the person who spoke up would not reach screening again"));
    }
}
