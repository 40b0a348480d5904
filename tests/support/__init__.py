"""What the tests share, and the benchmarks too: cassettes (vcrpy), the spy transport, loopback
servers, the stand-in server and the fault-injecting proxy, the webhook receiver, scratch pulls,
and the cassette names of the recorded scenarios."""
