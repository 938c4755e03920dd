package com.salesculture.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The EAR exactly as the build made it; in-container tests ride along in a small jar in its lib/. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive builtEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("culture.ear")));
    }

    static EnterpriseArchive builtEarWith(Class<?>... testClasses) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "culture-it-tests.jar")
                .addClasses(testClasses)
                .addClasses(Api.class, Api.Reply.class, WebSession.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return builtEar().addAsLibraries(tests).addAsLibrary(jarOf(Assertions.class));
    }

    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
