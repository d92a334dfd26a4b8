package com.lastmile.app;

import picocli.CommandLine;

/** The version from the jar manifest (set by the build), or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = LastMile.class.getPackage().getImplementationVersion();
        return new String[] {"lastmile " + (version == null ? "development" : version)};
    }
}
