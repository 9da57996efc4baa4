package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;

/**
 * The default (local) profile, with its demo users whose password everyone knows, listens on this
 * machine only: nobody else on the network can sign in as admin/demo.
 */
@PathwayTest
class LocalProfileTests {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theLocalProfileListensOnThisMachineOnly() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(connector.getProperty("address")).isInstanceOfSatisfying(InetAddress.class,
                address -> assertThat(address.isLoopbackAddress()).isTrue());
    }
}
