"""The command line: batch access to the same actions the window uses."""
