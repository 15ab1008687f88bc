"""The network staff's window: importing submissions and the picture across councils."""
