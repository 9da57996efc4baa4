package org.lotuspathway.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PostgresPathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Documents in PostgreSQL's bytea, as in H2: the largest allowed comes back byte for byte. */
@PostgresPathwayTest
class DocumentsOnPostgresTests {

    @Autowired
    CaseDocuments documents;
    @Autowired
    PathwayDriver driver;
    @Autowired
    MockMvc mvc;

    @Test
    void aTwentyMegabyteDocumentIsKeptAndDownloadedWhole() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Pat Postgres", "7350019"));
        byte[] text = new byte[20 * 1024 * 1024];
        Arrays.fill(text, (byte) 'p');
        CaseDocument added = documents.add(key, new NewDocument("Long transcript", DocumentKind.STATEMENT, false,
                "transcript.txt", text), "casemanager");

        byte[] back = mvc.perform(get("/cases/{key}/documents/{id}", key, added.id()).with(caseManager()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Long transcript.txt\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(text);
        assertThat(documents.of(key)).singleElement().satisfies(d -> assertThat(d.size()).isEqualTo(text.length));
    }
}
