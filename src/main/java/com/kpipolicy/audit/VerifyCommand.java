package com.kpipolicy.audit;

import com.kpipolicy.Command;
import com.kpipolicy.KpiPolicyApplication;
import java.io.PrintStream;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code verify [--spring.datasource.url=…]}: walks the decision log's hash chain in the service's
 * database and prints "INTACT n rows" or the first broken link; exits 1 when broken.
 */
public final class VerifyCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out) {
        try (ConfigurableApplicationContext context = KpiPolicyApplication.offline(args.toArray(String[]::new))) {
            ChainVerification verification = context.getBean(DecisionLog.class).verify();
            out.println(verification.line());
            return verification.intact() ? 0 : 1;
        }
    }
}
