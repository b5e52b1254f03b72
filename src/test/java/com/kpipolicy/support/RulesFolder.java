package com.kpipolicy.support;

import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyLoader;
import com.kpipolicy.policy.RuleProblem;
import com.kpipolicy.policy.RulesetRejectedException;
import com.kpipolicy.policy.RulesetSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** A copy of the shipped rules/ folder that a test may edit the way an analyst would. */
public final class RulesFolder {
    public static final Path SHIPPED = Path.of("rules");

    private final Path dir;

    private RulesFolder(Path dir) {
        this.dir = dir;
    }

    public static Policy shippedPolicy() {
        return new PolicyLoader(Clock.systemUTC()).load(RulesetSource.read(SHIPPED));
    }

    public static RulesFolder copyOfShipped(Path target) {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
            return new RulesFolder(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Policy load() {
        return new PolicyLoader(Clock.systemUTC()).load(RulesetSource.read(dir));
    }

    /** The errors that keep this folder from loading; fails the test if it loads. */
    public List<RuleProblem> loadErrors() {
        try {
            load();
        } catch (RulesetRejectedException e) {
            return e.problems().stream().filter(RuleProblem::isError).toList();
        }
        throw new AssertionError("the edited rules were expected to be refused, but they loaded");
    }

    /** Types a value into a cell, as Excel would store it: numbers as numbers, blank as no cell. */
    public RulesFolder setCell(String file, String sheetName, String cell, Object value) {
        Path path = dir.resolve(file);
        try (InputStream in = Files.newInputStream(path); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(sheetName);
            CellReference ref = new CellReference(cell);
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            if (value == null) {
                Cell existing = row.getCell(ref.getCol());
                if (existing != null) {
                    row.removeCell(existing);
                }
            } else {
                Cell target = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
                if (value instanceof Number number) {
                    target.setCellValue(number.doubleValue());
                } else {
                    target.setCellValue(value.toString());
                }
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                workbook.write(out);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every cell of one row onto another (an analyst's copy-and-paste of a table row). */
    public RulesFolder copyRow(String file, String sheetName, int fromRow, int toRow) {
        Path path = dir.resolve(file);
        try (InputStream in = Files.newInputStream(path); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(sheetName);
            Row from = sheet.getRow(fromRow - 1);
            Row to = sheet.getRow(toRow - 1) == null ? sheet.createRow(toRow - 1) : sheet.getRow(toRow - 1);
            for (Cell cell : from) {
                Cell copy = to.createCell(cell.getColumnIndex(), cell.getCellType());
                switch (cell.getCellType()) {
                    case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
                    case STRING -> copy.setCellValue(cell.getStringCellValue());
                    default -> { }
                }
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                workbook.write(out);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one shipped rules file, e.g. a DRL file to upload with an edit. */
    public static String read(String file) {
        try {
            return Files.readString(SHIPPED.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RulesFolder write(String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes files from the folder (an analyst's tidy-up gone wrong). */
    public RulesFolder delete(String... files) {
        try {
            for (String file : files) {
                Files.delete(dir.resolve(file));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RulesFolder replaceIn(String file, String from, String to) {
        try {
            String text = Files.readString(dir.resolve(file));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(dir.resolve(file), text.replace(from, to));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
