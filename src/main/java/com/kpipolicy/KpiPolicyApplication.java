package com.kpipolicy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KpiPolicyApplication {

    public static void main(String[] args) {
        SpringApplication.run(KpiPolicyApplication.class, args);
    }
}
