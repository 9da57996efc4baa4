package org.lotuspathway.process;

/** Told when a case enters a stage of the pathway (implemented by the concern feature). */
public interface StageChanges {

    void enter(String businessKey, String stage);
}
