package org.lotuspathway.process;

/**
 * Published, inside the engine's transaction, when a case enters a stage of the pathway: a feature
 * that acts on a stage (meetings put a case reaching the panel on an agenda) listens for it.
 */
public record StageEntered(String businessKey, String stage) {
}
