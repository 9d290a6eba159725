package io.finseg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FinSegApplication {

	public static void main(String[] args) {
		SpringApplication.run(FinSegApplication.class, args);
	}

}
