"""One function per picture. Each returns a finished Canvas; scripts/illustrations.py names which goes where."""
