package kr.academy.platform.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Names of the queues and buckets this deployment uses (DESIGN §3 and §8). */
@ApplicationScoped
public class Infrastructure {

  @Inject
  @ConfigProperty(
      name = "academy.sqs.queues",
      defaultValue =
          "academy-video-jobs,academy-ai-jobs-lite,academy-ai-jobs-basic,academy-ai-jobs-premium,"
              + "academy-messaging-jobs,academy-excel-jobs")
  List<String> queues;

  @Inject
  @ConfigProperty(
      name = "academy.s3.buckets",
      defaultValue = "academy-ai,academy-video,academy-excel,academy-storage")
  List<String> buckets;

  public List<String> queues() {
    return queues;
  }

  public List<String> buckets() {
    return buckets;
  }
}
