package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lotuspathway.security.CamundaApiChecks.Refusal;

/**
 * What a request to Camunda's APIs may carry, decided from the raw text: expressions are found at
 * any depth and in any spelling Camunda's own JSON reader would decode, and a body that might be
 * read as JSON but cannot be checked is refused.
 */
class CamundaApiChecksTests {

    @Test
    void anExpressionIsFoundAtAnyDepthInKeysAndValues() {
        assertThat(json("{\"orQueries\":[{\"candidateGroupExpression\":\"casemanager\"}]}")).isPresent();
        assertThat(json("{\"orQueries\":[{\"or\":[[{\"deeper\":{\"assigneeEXPRESSION\":\"x\"}}]]}]}")).isPresent();
        assertThat(json("{\"processVariables\":[{\"name\":\"a\",\"operator\":\"eq\",\"value\":\"#{1+1}\"}]}"))
                .isPresent();
        assertThat(json("[\"${x}\"]")).as("a bare array").isPresent();
        assertThat(json("{\"${x}\":1}")).as("in a key").isPresent();
    }

    @Test
    void escapesAndDuplicateKeysHideNothing() {
        assertThat(json("{\"assignee\":\"\\u0024{identityService}\"}")).as("an escaped $").isPresent();
        assertThat(json("{\"candidateGroup\\u0045xpression\":\"casemanager\"}")).as("an escaped E").isPresent();
        assertThat(json("{\"assignee\":\"${x}\",\"assignee\":\"lead\"}")).as("the first of two keys").isPresent();
        byte[] utf16 = "{\"assignee\":\"${x}\"}".getBytes(StandardCharsets.UTF_16BE);
        assertThat(CamundaApiChecks.json(utf16, true)).as("UTF-16, which Jackson detects").isPresent();
    }

    @Test
    void aBodyThatSaysItIsJsonButIsNotIsRefusedAndPlainQueriesPass() {
        assertThat(json("{\"assignee\": 'lead'}")).map(Refusal::message).hasValue("The request body is not valid JSON");
        assertThat(CamundaApiChecks.json("name=lead".getBytes(StandardCharsets.UTF_8), false)).isEmpty();

        assertThat(json("{\"orQueries\":[{\"candidateGroup\":\"casemanager\"}],\"sorting\":[{\"sortBy\":\"created\","
                + "\"sortOrder\":\"desc\"}],\"processVariables\":[{\"name\":\"route\",\"operator\":\"eq\","
                + "\"value\":\"INVESTIGATION\"}]}")).isEmpty();
        assertThat(json("{\"modifications\":{\"note\":{\"value\":\"costs $5 {approx}\",\"type\":\"String\"}}}"))
                .as("a dollar and a brace apart are no expression").isEmpty();
    }

    @Test
    void aVariableMayNotNameAJavaClass() {
        assertThat(json("{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.Runtime\","
                + "\"serializationDataFormat\":\"application/json\"}}")).isPresent();
        assertThat(json("{\"modifications\":{\"x\":{\"value\":\"{}\",\"type\":\"object\"}}}")).isPresent();
        assertThat(json("{\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\"}}")).isPresent();
        assertThat(json("{\"value\":\"{}\",\"type\":\"Json\"}")).isEmpty();
    }

    @Test
    void jobRetriesAreAWholeNumberFromZero() {
        assertThat(json("{\"retries\":-5}")).map(Refusal::message).hasValue("\"retries\" must be a whole number, 0 or more");
        assertThat(json("{\"jobIds\":[\"a\"],\"RETRIES\":\" -1\"}")).as("as a string, any case").isPresent();
        assertThat(json("{\"retries\":2.5}")).isPresent();
        assertThat(json("{\"retries\":99999999999}")).as("more than Camunda can hold").isPresent();
        assertThat(json("{\"retries\":0}")).isEmpty();
        assertThat(json("{\"retries\":3,\"jobIds\":[\"a\"]}")).isEmpty();
        assertThat(json("{\"priority\":-5}")).as("other numbers as Camunda reads them").isEmpty();
    }

    @Test
    void parametersAreCheckedByNameAndValue() {
        assertThat(CamundaApiChecks.parameter("candidateGroupExpression", "casemanager")).isPresent();
        assertThat(CamundaApiChecks.parameter("candidateGroup", "${identityService}")).isPresent();
        assertThat(CamundaApiChecks.parameter("candidateGroup", "casemanager")).isEmpty();

        assertThat(CamundaApiChecks.parameter("firstResult", "-5")).isPresent();
        assertThat(CamundaApiChecks.parameter("maxResults", "+5")).isPresent();
        assertThat(CamundaApiChecks.parameter("maxResults", "99999999999")).isPresent();
        assertThat(CamundaApiChecks.parameter("firstResult", "0")).isEmpty();
        assertThat(CamundaApiChecks.parameter("maxResults", "25")).isEmpty();

        assertThat(CamundaApiChecks.parameter("deserializeValue", "true")).isPresent();
        assertThat(CamundaApiChecks.parameter("deserializeValues", "TRUE")).isPresent();
        assertThat(CamundaApiChecks.parameter("deserializeValues", "false")).isEmpty();
    }

    @Test
    void anUploadHasOnlyTheDataAndItsValueType() {
        String data = "--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"a.txt\"\r\n\r\nhello\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"valueType\"\r\n\r\nFile\r\n--b--\r\n";
        assertThat(multipart(data)).isEmpty();

        String type = "--b\r\nContent-Disposition: form-data; name=\"data\"\r\nContent-Type: application/json\r\n\r\n"
                + "[\"touch\"]\r\n--b\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\njava.lang.ProcessBuilder\r\n--b--\r\n";
        assertThat(multipart(type)).as("a part naming the class to deserialize into").isPresent();
        assertThat(multipart(type.replace("name=\"type\"", "\r\n name=type"))).as("a folded header").isPresent();
        assertThat(multipart(data.replace("hello", "${x}"))).isPresent();
    }

    private static Optional<Refusal> json(String body) {
        return CamundaApiChecks.json(body.getBytes(StandardCharsets.UTF_8), true);
    }

    private static Optional<Refusal> multipart(String body) {
        return CamundaApiChecks.multipart(body.getBytes(StandardCharsets.ISO_8859_1));
    }
}
