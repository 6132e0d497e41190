// Issue #16 (benchmarks/README.md): two builds in one JVM, each in its own class loader with its own copy
// of the data; rounds of the four calls alternating; process CPU. B = -Dbase=JAR (default /tmp/base8/benchmarks.jar),
// A = the given class folders/jars first, then B. Run from source: java -Xmx9g QualityAB.java S2 24 3 CLASSES...
import java.lang.management.ManagementFactory;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.lang.reflect.*;
public class QualityAB {
  static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  static class Build {
    final String name; final Runnable std, qual;
    Build(String name, URL[] urls, String scale) throws Exception {
      this.name = name;
      ClassLoader cl = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
      Class<?> reader = cl.loadClass("be.terrain.csv.CsvDatasetReader");
      Object b = reader.getMethod("builder").invoke(null);
      b = b.getClass().getMethod("today", java.time.LocalDate.class).invoke(b, java.time.LocalDate.of(2026,1,1));
      Object r = b.getClass().getMethod("build").invoke(b);
      Method read = r.getClass().getMethod("read", Path.class); read.setAccessible(true);
      Object res = read.invoke(r, Path.of("/tmp/terrain-data/" + scale));
      Method ot = res.getClass().getMethod("orThrow"); ot.setAccessible(true);
      Object ds = ot.invoke(res);
      Class<?> period = cl.loadClass("be.terrain.core.Period");
      Object p = period.getMethod("ofYear", int.class).invoke(null, 2020);
      Class<?> ro = cl.loadClass("be.terrain.stats.ReportOptions");
      Object opts = ro.getMethod("of", period).invoke(null, p);
      Class<?> dsc = cl.loadClass("be.terrain.core.Dataset");
      Class<?> st = cl.loadClass("be.terrain.stats.Statistics");
      Method comp = st.getMethod("compute", dsc, ro);
      Class<?> q = cl.loadClass("be.terrain.stats.quality.Quality");
      Class<?> def = cl.loadClass("be.terrain.stats.ReportDefinition");
      Object std0 = def.getMethod("standard").invoke(null);
      Method cw = q.getMethod("computeWith", dsc, def, ro);
      std = () -> { try { comp.invoke(null, ds, opts); } catch (Exception e) { throw new RuntimeException(e); } };
      qual = () -> { try { cw.invoke(null, ds, std0, opts); } catch (Exception e) { throw new RuntimeException(e); } };
    }
  }
  static double cpu(Runnable r) { long c = OS.getProcessCpuTime(); r.run(); return (OS.getProcessCpuTime() - c) / 1e9; }
  static String med(List<Double> v) { List<Double> s = new ArrayList<>(v); Collections.sort(s); return String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", s.get(s.size()/2), s.get(0), s.get(s.size()-1)); }
  public static void main(String[] a) throws Exception {
    String scale = a[0]; int rounds = Integer.parseInt(a[1]), warm = Integer.parseInt(a[2]);
    URL base = Path.of(System.getProperty("base", "/tmp/base8/benchmarks.jar")).toUri().toURL();
    List<URL> mine = new ArrayList<>();
    for (int i = 3; i < a.length; i++) mine.add(Path.of(a[i]).toUri().toURL());
    mine.add(base);
    Build A = new Build("A", mine.toArray(new URL[0]), scale);
    Build B = new Build("B", new URL[] {base}, scale);
    List<Double> qa = new ArrayList<>(), qb = new ArrayList<>(), sa = new ArrayList<>(), sb = new ArrayList<>(), rq = new ArrayList<>(), rs = new ArrayList<>(), ra = new ArrayList<>(), rb = new ArrayList<>();
    for (int i = 0; i < warm + rounds; i++) {
      double[] t = new double[4];
      Runnable[] w = {A.qual, B.qual, A.std, B.std};
      int[] order = i % 2 == 0 ? new int[] {0,1,2,3} : new int[] {3,2,1,0};
      for (int k : order) t[k] = cpu(w[k]);
      if (i < warm) continue;
      qa.add(t[0]); qb.add(t[1]); sa.add(t[2]); sb.add(t[3]);
      rq.add(t[0]/t[1]); rs.add(t[2]/t[3]); ra.add(t[0]/t[2]); rb.add(t[1]/t[3]);
      System.out.printf(Locale.ROOT, "round %d: A q %.3f s %.3f | B q %.3f s %.3f%n", i - warm, t[0], t[2], t[1], t[3]);
    }
    System.out.println("A quality " + med(qa) + " standard " + med(sa) + " ratio q/s " + med(ra));
    System.out.println("B quality " + med(qb) + " standard " + med(sb) + " ratio q/s " + med(rb));
    System.out.println("A/B quality " + med(rq) + " standard " + med(rs));
  }
}
