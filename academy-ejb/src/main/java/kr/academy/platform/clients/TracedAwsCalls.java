package kr.academy.platform.clients;

import java.util.HashMap;
import java.util.Map;
import kr.academy.platform.tracing.Tracing;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * A CLIENT span around each call of an SDK client ({@code S3.PutObject}), inside the trace of the
 * request or job that makes it (docs/operations.md, Traces); calls outside a trace record nothing.
 * The attributes are OpenTelemetry's for AWS calls, which X-Ray shows as the remote service.
 */
final class TracedAwsCalls implements ExecutionInterceptor {

  private static final ExecutionAttribute<Tracing.Span> SPAN =
      new ExecutionAttribute<>("academy.tracing.span");

  private final Tracing tracing;

  TracedAwsCalls(Tracing tracing) {
    this.tracing = tracing;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    Map<String, String> span = new HashMap<>();
    span.put("rpc.system", "aws-api");
    span.put("rpc.service", service);
    span.put("rpc.method", operation);
    context
        .request()
        .getValueForField("Bucket", String.class)
        .ifPresent(bucket -> span.put("aws.s3.bucket", bucket));
    attributes.putAttribute(SPAN, tracing.client(service + "." + operation, span));
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    end(attributes, null);
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    end(attributes, context.exception());
  }

  private static void end(ExecutionAttributes attributes, Throwable failure) {
    Tracing.Span span = attributes.getAttribute(SPAN);
    if (span == null) {
      return;
    }
    if (failure != null) {
      span.failed(failure);
    }
    span.close();
  }
}
