package com.kpipolicy.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * The local disk, as H2 sees it through the file system {@code fills:} (a database URL
 * {@code jdbc:h2:fills:/some/dir/db}), with a switch that makes every write fail the way a full disk does. The files
 * are ordinary files: the same database opens with {@code jdbc:h2:file:} afterwards.
 */
public class DiskThatFills extends FilePathWrapper {
    private static volatile boolean full;

    static {
        FilePath.register(new DiskThatFills());
    }

    /** Registers the file system (once per JVM) and gives the URL of a database at that path. */
    public static String url(String path) {
        return "jdbc:h2:fills:" + path;
    }

    public static void fill() {
        full = true;
    }

    public static void makeRoom() {
        full = false;
    }

    @Override
    public String getScheme() {
        return "fills";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(super.open(mode));
    }

    private static void checkRoom() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    private static final class Channel extends FileBase {
        private final FileChannel file;

        Channel(FileChannel file) {
            this.file = file;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            checkRoom();
            return file.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            checkRoom();
            return file.write(src, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long position) throws IOException {
            file.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
