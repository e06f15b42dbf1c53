package kr.academy.media.pages;

/** One frame page detection looked at: a keyframe, or a frame decoded between far keyframes. */
record Sample(FrameBlocks frame, boolean keyframe) {

  double seconds() {
    return frame.seconds();
  }
}
