package org.lotuspathway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LotusPathwayApplication {

    public static void main(String[] args) {
        SpringApplication.run(LotusPathwayApplication.class, args);
    }
}
