package com.kpipolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void hexOfBytesIsTheStandardDigestInLowercase() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
    }

    @Test
    void aDigestFedPieceByPieceEqualsTheDigestOfTheWhole() {
        MessageDigest sha = Sha256.digest();
        sha.update((byte) 'a');
        sha.update("bc".getBytes(StandardCharsets.US_ASCII));
        assertThat(Sha256.hex(sha)).isEqualTo(ABC);
    }

    @Test
    void eachDigestIsFresh() {
        Sha256.digest().update((byte) 'x');
        assertThat(Sha256.hex(Sha256.digest())).isEqualTo(Sha256.hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
