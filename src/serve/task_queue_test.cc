#include "serve/task_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>

namespace precis::serve {
namespace {

// One worker, one place in the queue: a third connection while the first is
// served and the second waits goes to the rejecting thread, at once.
TEST(BoundedTaskQueue, ThreadsPlusQueueAreTakenTheRestRejected) {
  BoundedTaskQueue queue(1, 1);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::promise<bool> first, second, third;
  queue.enqueue([&] {
    first.set_value(BoundedTaskQueue::Rejecting());
    released.wait();
  });
  queue.enqueue([&] { second.set_value(BoundedTaskQueue::Rejecting()); });
  queue.enqueue([&] { third.set_value(BoundedTaskQueue::Rejecting()); });
  EXPECT_FALSE(first.get_future().get());
  EXPECT_TRUE(third.get_future().get());  // while the first still holds the worker
  release.set_value();
  EXPECT_FALSE(second.get_future().get());
  queue.shutdown();
}

TEST(BoundedTaskQueue, ShutdownRunsEveryJobAlreadyQueued) {
  std::atomic<int> ran{0};
  {
    BoundedTaskQueue queue(1, 100);
    for (int i = 0; i < 20; ++i) queue.enqueue([&] { ++ran; });
    queue.shutdown();
  }
  EXPECT_EQ(ran, 20);
}

TEST(BoundedTaskQueue, AWorkerFinishesWorkLeftRunningBeforeItsNextJob) {
  BoundedTaskQueue queue(1, 10);
  std::atomic<bool> left_running_done{false}, next_saw_it_done{false};
  std::promise<void> next_ran;
  queue.enqueue([&] {
    std::thread([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      left_running_done = true;
    }).detach();
    BoundedTaskQueue::FinishBeforeNextJob([&](std::chrono::milliseconds most) {
      std::this_thread::sleep_for(std::min(most, std::chrono::milliseconds(5)));
      return left_running_done.load();
    });
  });
  queue.enqueue([&] {
    next_saw_it_done = left_running_done.load();
    next_ran.set_value();
  });
  next_ran.get_future().wait();
  EXPECT_TRUE(next_saw_it_done);
  queue.shutdown();
}

}  // namespace
}  // namespace precis::serve
