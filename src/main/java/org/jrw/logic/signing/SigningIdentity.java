package org.jrw.logic.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A member's signing identity loaded from a PKCS#12 keystore: the private key and its certificate
 * chain. Held in memory only while signing; the password that opened it is not kept.
 */
public record SigningIdentity(PrivateKey key, List<X509Certificate> chain) {
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate's common name (CN), the signer's name as verification reports it. */
    public String commonName() {
        return Identities.commonName(certificate());
    }
}
