"""Helpers shared by the runtime integration tests (a uniquely named module, so running
several test folders in one pytest session cannot pick up another folder's conftest)."""
import time


def wait_for(pred, timeout, interval=0.1):
    """Bounded wait: True as soon as pred() is true, False after timeout seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(interval)
    return bool(pred())
