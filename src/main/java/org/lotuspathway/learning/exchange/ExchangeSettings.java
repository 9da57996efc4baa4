package org.lotuspathway.learning.exchange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * This organisation as the exchange names it ({@code lotus.organisation.*}), the k of the k-anonymity
 * check and the largest bundle read ({@code lotus.learning.share.*}), and the hub: whether this
 * application is one, and, for a member, where its hub is and the token the hub issued to it
 * ({@code lotus.learning.hub.*}). docs/learning.md, "Sharing learning with other organisations".
 */
@Component
public class ExchangeSettings {

    private final String organisationCode;
    private final String organisationName;
    private final int k;
    private final DataSize maxBundleSize;
    private final boolean hub;
    private final String hubUrl;
    private final String hubToken;

    ExchangeSettings(@Value("${lotus.organisation.code:LOCAL}") String organisationCode,
            @Value("${lotus.organisation.name:This organisation}") String organisationName,
            @Value("${lotus.learning.share.k:5}") int k,
            @Value("${lotus.learning.share.max-bundle-size:1MB}") DataSize maxBundleSize,
            @Value("${lotus.learning.hub.enabled:false}") boolean hub,
            @Value("${lotus.learning.hub.url:}") String hubUrl,
            @Value("${lotus.learning.hub.token:}") String hubToken) {
        if (k < 1) {
            throw new IllegalArgumentException("lotus.learning.share.k must be at least 1");
        }
        this.organisationCode = organisationCode.strip();
        this.organisationName = organisationName.strip();
        this.k = k;
        this.maxBundleSize = maxBundleSize;
        this.hub = hub;
        this.hubUrl = hubUrl == null ? "" : hubUrl.strip().replaceAll("/+$", "");
        this.hubToken = hubToken == null ? "" : hubToken.strip();
    }

    public ExchangeBundle.Organisation organisation() {
        return new ExchangeBundle.Organisation(organisationCode, organisationName);
    }

    public boolean isOwn(String code) {
        return code != null && code.strip().equalsIgnoreCase(organisationCode);
    }

    public int k() {
        return k;
    }

    public long maxBundleBytes() {
        return maxBundleSize.toBytes();
    }

    public boolean isHub() {
        return hub;
    }

    /** A member has a hub when both its address and its token are set. */
    public boolean hasHub() {
        return !hubUrl.isEmpty() && !hubToken.isEmpty();
    }

    String hubUrl() {
        return hubUrl;
    }

    String hubToken() {
        return hubToken;
    }
}
