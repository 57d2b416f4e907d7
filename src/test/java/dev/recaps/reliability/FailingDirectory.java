package dev.recaps.reliability;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory that behaves like a disk with {@code budget} bytes left: once that many bytes have
 * been written (over all files), every write, new file and sync fails as a full disk does.
 */
final class FailingDirectory extends FilterDirectory {
  static final String MESSAGE = "No space left on device (injected after %d bytes)";

  private final long budget;
  private final AtomicLong written = new AtomicLong();

  FailingDirectory(Directory in, long budget) {
    super(in);
    this.budget = budget;
  }

  /** Bytes written so far (the budget once the disk is full). */
  long written() {
    return written.get();
  }

  /** Whether the injected failure has happened. */
  boolean exhausted() {
    return written.get() >= budget;
  }

  private void spend(long bytes) throws IOException {
    if (written.addAndGet(bytes) > budget) {
      written.set(budget);
      throw new IOException(String.format(MESSAGE, budget));
    }
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    spend(0);
    return new Counting(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    spend(0);
    return new Counting(in.createTempOutput(prefix, suffix, context));
  }

  private final class Counting extends IndexOutput {
    private final IndexOutput out;

    Counting(IndexOutput out) {
      super("failing(" + out + ")", out.getName());
      this.out = out;
    }

    @Override
    public void writeByte(byte b) throws IOException {
      spend(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      spend(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }
  }
}
