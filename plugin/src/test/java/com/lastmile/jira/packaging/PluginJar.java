package com.lastmile.jira.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The built plugin jar, read as Jira would read it: entries, manifest, descriptor text. */
final class PluginJar {

    private final Path path;
    private final List<String> entries;
    private final Attributes manifest;

    private PluginJar(Path path) throws IOException {
        this.path = path;
        try (JarFile jar = new JarFile(path.toFile())) {
            this.entries = Collections.list(jar.entries()).stream().map(JarEntry::getName).toList();
            this.manifest = jar.getManifest().getMainAttributes();
        }
    }

    /** The jar that 'package' built; failsafe passes its path. */
    static PluginJar built() {
        String location = System.getProperty("lastmile.plugin.jar");
        if (location == null || !Files.isRegularFile(Path.of(location))) {
            throw new IllegalStateException("run after 'package': no plugin jar at " + location);
        }
        try {
            return new PluginJar(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> entries() {
        return entries;
    }

    boolean has(String entry) {
        return entries.contains(entry);
    }

    boolean hasClass(String className) {
        return has(className.replace('.', '/') + ".class");
    }

    String header(String name) {
        return manifest.getValue(name);
    }

    byte[] bytes(String entry) {
        try (JarFile jar = new JarFile(path.toFile()); InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + entry + " from " + path, e);
        }
    }

    String text(String entry) {
        return new String(bytes(entry), StandardCharsets.UTF_8);
    }

    /** A shipped bundle read the way Jira's ResourceBundle loader reads ASCII properties. */
    Properties properties(String entry) {
        Properties properties = new Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(bytes(entry))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
