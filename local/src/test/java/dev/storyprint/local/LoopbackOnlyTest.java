package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyprint.local.serve.HttpApiServer;
import dev.storyprint.local.serve.HttpRoutes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every server of the local stack (the S3/DynamoDB endpoint, DynamoDB Local, s3proxy, the HTTP
 * API) answers on 127.0.0.1 and on no other address of this machine: DynamoDB Local used to listen
 * on all interfaces and answer any signature.
 */
class LoopbackOnlyTest {
    @Test
    void everyServerListensOnLoopbackOnly() throws Exception {
        List<InetAddress> outside = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp()) {
                Collections.list(nic.getInetAddresses()).stream().filter(a -> !a.isLoopbackAddress()).forEach(outside::add);
            }
        }
        assumeTrue(!outside.isEmpty(), "this machine has no address but loopback: nothing to reach from outside");
        try (EmbeddedStack stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(TestTemplates.projectTemplate())
                .withoutTriggers());
             HttpApiServer api = new HttpApiServer(0, HttpRoutes.load(TestTemplates.projectTemplate()), (f, e) -> null)) {
            Map<String, Integer> ports = new LinkedHashMap<>(stack.ports());
            ports.put("http-api", api.uri().getPort());
            assertEquals(4, ports.size(), ports.toString());
            List<String> exposed = new ArrayList<>();
            for (Map.Entry<String, Integer> p : ports.entrySet()) {
                assertTrue(connects(InetAddress.getByName(EmbeddedStack.LOOPBACK), p.getValue()), p + " on loopback");
                for (InetAddress a : outside) {
                    if (connects(a, p.getValue())) {
                        exposed.add(p.getKey() + " on " + a.getHostAddress() + ":" + p.getValue());
                    }
                }
            }
            assertTrue(exposed.isEmpty(), "reachable from outside: " + exposed);
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
