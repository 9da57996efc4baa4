package org.lotuspathway.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code lotus.documents}: the largest document a case may hold (docs/documents.md). */
@ConfigurationProperties("lotus.documents")
record DocumentSettings(@DefaultValue("20MB") DataSize maxSize) {

    String maxSizeInWords() {
        long bytes = maxSize.toBytes();
        long megabyte = DataSize.ofMegabytes(1).toBytes();
        return bytes >= megabyte && bytes % megabyte == 0 ? bytes / megabyte + " MB"
                : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
