package io.finseg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The rooms depend on each other only in the directions they declare, and the diagrams and
 * module canvases committed in docs/architecture/ are the ones Spring Modulith draws from the code.
 */
class ModularityTests {

	static final Path COMMITTED = Path.of("docs/architecture");

	static final Path GENERATED = Path.of("target/architecture");

	static final String REFRESH = "./mvnw -q -o test -Dtest=ModularityTests -Dfinseg.architecture.refresh=true";

	static final Documenter.DiagramOptions DIAGRAMS = Documenter.DiagramOptions.defaults()
		.withElementsWithoutRelationships(Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE);

	static final ApplicationModules ROOMS = ApplicationModules.of(FinSegApplication.class);

	@Test
	void roomsDependOnlyOnTheRoomsTheyDeclare() {
		ROOMS.verify();
	}

	/**
	 * Inside a room, arrows run from a wing (a sub-package) to the room's face (its base package),
	 * never back (the face reaches a wing only through interfaces the wing implements), and the
	 * wings form no cycle.
	 */
	@Test
	void noArrowRunsBackUpInsideARoom() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(FinSegApplication.class.getPackageName());
		List<String> backwards = new ArrayList<>();
		for (ApplicationModule room : ROOMS) {
			String face = room.getBasePackage().getName();
			Map<String, Set<String>> wingArrows = new TreeMap<>();
			for (JavaClass type : classes) {
				String from = type.getPackageName();
				for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
					String to = dependency.getTargetClass().getPackageName();
					if (from.equals(face) && to.startsWith(face + ".")) {
						backwards.add(type.getName() + " → " + dependency.getTargetClass().getName());
					}
					if (from.startsWith(face + ".") && to.startsWith(face + ".") && !wing(from, face).equals(wing(to, face))) {
						wingArrows.computeIfAbsent(wing(from, face), w -> new TreeSet<>()).add(wing(to, face));
					}
				}
			}
			wingArrows.keySet().stream().filter(wing -> reaches(wingArrows, wing, wing, new TreeSet<>()))
				.forEach(wing -> backwards.add(face + "." + wing + " is in a cycle of wings " + wingArrows));
		}
		assertThat(backwards).as("arrows from a room's face to its wings, or cycles between wings").isEmpty();
	}

	private static String wing(String packageName, String face) {
		return packageName.substring(face.length() + 1).split("\\.")[0];
	}

	private static boolean reaches(Map<String, Set<String>> arrows, String from, String target, Set<String> seen) {
		for (String next : arrows.getOrDefault(from, Set.of())) {
			if (next.equals(target) || (seen.add(next) && reaches(arrows, next, target, seen))) {
				return true;
			}
		}
		return false;
	}

	@Test
	void everyDeclaredDependencyIsUsed() {
		assertThat(declaredDependencies()).as("allowedDependencies in each package-info.java (drop the unused ones)")
			.isEqualTo(usedDependencies());
	}

	@Test
	void theRoomListSaysWhatEachRoomMayUse() throws IOException {
		assertThat(listedRooms()).as("the room table in docs/architecture/README.md").isEqualTo(declaredDependencies());
	}

	@Test
	void committedDiagramsAreTheOnesTheCodeGives() throws IOException {
		new Documenter(ROOMS, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeDocumentation(DIAGRAMS, Documenter.CanvasOptions.defaults());
		if (Boolean.getBoolean("finseg.architecture.refresh")) {
			refreshCommitted();
		}
		List<String> stale = new ArrayList<>();
		Set<String> generated = fileNames(GENERATED);
		for (String name : generated) {
			Path committed = COMMITTED.resolve(name);
			if (!Files.exists(committed) || !Files.readString(committed).equals(canonical(GENERATED.resolve(name)))) {
				stale.add(name + (Files.exists(committed) ? " differs" : " is missing"));
			}
		}
		for (String name : fileNames(COMMITTED)) {
			if (!name.equals("README.md") && !generated.contains(name)) {
				stale.add(name + " is no longer drawn");
			}
		}
		assertThat(stale)
			.as("docs/architecture/ is out of date (fresh ones are in %s); refresh it with: %s", GENERATED, REFRESH)
			.isEmpty();
	}

	@Test
	void theRoomListNamesEveryRoomTheDiagramsShow() throws IOException {
		Set<String> rooms = ROOMS.stream().map(ApplicationModule::getIdentifier).map(Object::toString)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(listedRooms().keySet()).as("rooms listed in docs/architecture/README.md").isEqualTo(rooms);
		String overview = Files.readString(COMMITTED.resolve("components.puml"));
		assertThat(ROOMS.stream().map(ApplicationModule::getDisplayName))
			.allSatisfy(name -> assertThat(overview).as("components.puml").contains("\"" + name + "\""));
	}

	/** The room table in docs/architecture/README.md: `room` in the first column, the rooms it may use in the last. */
	static Map<String, Set<String>> listedRooms() throws IOException {
		Pattern row = Pattern.compile("^\\| `([a-z]+)` \\|.*\\|([^|]*)\\|$");
		Map<String, Set<String>> listed = new TreeMap<>();
		for (String line : Files.readAllLines(COMMITTED.resolve("README.md"), StandardCharsets.UTF_8)) {
			Matcher matcher = row.matcher(line.strip());
			if (matcher.find()) {
				listed.put(matcher.group(1), Stream.of(matcher.group(2).split(","))
					.map(name -> name.replace("`", "").strip())
					.filter(name -> !name.isEmpty() && !name.equals("nothing"))
					.collect(Collectors.toCollection(TreeSet::new)));
			}
		}
		return listed;
	}

	/** The rooms a room's package-info.java allows, without the named interface ({@code segment :: rule} is {@code segment}). */
	static Map<String, Set<String>> declaredDependencies() {
		return ROOMS.stream().collect(Collectors.toMap(room -> room.getIdentifier().toString(),
				ModularityTests::declaredDependencies, (a, b) -> a, TreeMap::new));
	}

	static Map<String, Set<String>> usedDependencies() {
		return ROOMS.stream().collect(Collectors.toMap(room -> room.getIdentifier().toString(),
				ModularityTests::usedDependencies, (a, b) -> a, TreeMap::new));
	}

	static Set<String> declaredDependencies(ApplicationModule room) {
		try {
			Class<?> packageInfo = Class.forName(room.getBasePackage().getName() + ".package-info");
			return Stream.of(packageInfo.getAnnotation(org.springframework.modulith.ApplicationModule.class).allowedDependencies())
				.map(name -> name.split("::")[0].strip())
				.collect(Collectors.toCollection(TreeSet::new));
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(room.getIdentifier() + " has no package-info.java", e);
		}
	}

	static Set<String> usedDependencies(ApplicationModule room) {
		return room.getDirectDependencies(ROOMS).uniqueModules()
			.map(used -> used.getIdentifier().toString())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static void refreshCommitted() throws IOException {
		Files.createDirectories(COMMITTED);
		for (String name : fileNames(COMMITTED)) {
			if (!name.equals("README.md")) {
				Files.delete(COMMITTED.resolve(name));
			}
		}
		for (String name : fileNames(GENERATED)) {
			Files.writeString(COMMITTED.resolve(name), canonical(GENERATED.resolve(name)));
		}
	}

	/**
	 * The file with each run of relations, components or bullet points sorted: Spring Modulith
	 * writes them in an order that changes from run to run, and their order means nothing.
	 */
	static String canonical(Path generated) throws IOException {
		List<String> lines = Files.readAllLines(generated, StandardCharsets.UTF_8);
		List<String> out = new ArrayList<>();
		int start = 0;
		while (start < lines.size()) {
			String kind = kind(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end))) && !lines.get(end).startsWith("|")) {
				end++;
			}
			List<String> run = new ArrayList<>(lines.subList(start, end));
			boolean cell = run.get(0).startsWith("|");
			run.set(0, cell ? run.get(0).substring(1) : run.get(0));
			run.sort(null);
			run.set(0, cell ? "|" + run.get(0) : run.get(0));
			out.addAll(run);
			start = end;
		}
		return String.join("\n", out) + "\n";
	}

	private static String kind(String line) {
		String bare = line.startsWith("|") ? line.substring(1) : line;
		for (String kind : List.of("Rel(", "Component(", "* ")) {
			if (bare.strip().startsWith(kind)) {
				return kind;
			}
		}
		return null;
	}

	private static Set<String> fileNames(Path folder) {
		if (!Files.isDirectory(folder)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
				.collect(Collectors.toCollection(TreeSet::new));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
