package dev.recaps.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Describes the machine a bench ran on (cores, CPU model, memory, OS, JVM). */
final class Machine {
  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    int cores = Runtime.getRuntime().availableProcessors();
    String cpu = cpuModel();
    long memory = totalMemory();
    m.put("cores", cores);
    m.put("cpu", cpu);
    m.put("memoryBytes", memory);
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("summary", cores + " cores (" + cpu + "), " + Format.num(memory / 1e9) + " GB RAM, "
        + m.get("os") + ", Java " + System.getProperty("java.version")
        + "; server, load clients and Groonga share the cores");
    return m;
  }

  /** CPU time used so far by this process, all threads; -1 when the JVM cannot tell. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** The 1-minute load average (runnable processes on all cores), or -1 when unknown. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      return "unknown CPU (no /proc/cpuinfo)";
    }
    return "unknown CPU";
  }

  private static long totalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return -1;
  }
}
