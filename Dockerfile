# FinSeg: build with the Maven wrapper, run as a non-root user on a JRE.
# docker build -t finseg . && docker run -p 8080:8080 -e FINSEG_DB_URL=... finseg
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY db-changelog/ db-changelog/
COPY frontend-static/ frontend-static/
RUN ./mvnw -B -q package -DskipTests && cp target/finseg-*.jar /src/finseg.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system finseg \
 && useradd --system --gid finseg --home-dir /app --shell /usr/sbin/nologin finseg \
 && mkdir -p /app/data && chown finseg:finseg /app/data \
 && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/finseg.jar /app/finseg.jar
USER finseg
ENV FINSEG_DATA_DIR=/app/data
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/finseg.jar"]
