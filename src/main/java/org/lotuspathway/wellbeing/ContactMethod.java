package org.lotuspathway.wellbeing;

public enum ContactMethod {
    PHONE, VIDEO, IN_PERSON, EMAIL
}
