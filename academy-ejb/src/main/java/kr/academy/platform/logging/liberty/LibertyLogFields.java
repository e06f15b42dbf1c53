package kr.academy.platform.logging.liberty;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import jakarta.enterprise.context.ApplicationScoped;
import kr.academy.platform.logging.LogFields;

/**
 * Log fields through Liberty's {@link LogRecordContext}: a thread's extensions go into each JSON
 * log line it writes (console and messages.log in JSON format) as {@code ext_<name>}.
 */
@ApplicationScoped
public class LibertyLogFields implements LogFields {

  @Override
  public Field put(String name, String value) {
    LogRecordContext.addExtension(name, value);
    return () -> LogRecordContext.removeExtension(name);
  }
}
