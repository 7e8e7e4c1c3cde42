"""The people in the pictures: the stories' people, and the others, with a natural mix of skin tones, ages and
genders. A story's person looks the same in every picture they are in."""

from __future__ import annotations

from artkit import palette as pal
from artkit.people import Person

SKIN = pal.SKIN
HAIR = pal.HAIR
YELLOW, ORANGE, WHITE = pal.HIVIS_YELLOW, pal.HIVIS_ORANGE, pal.WHITE

# The stories' people.
YUSUF = Person(SKIN["tan"], HAIR["black"], "short", beard=True, vest=ORANGE, helmet=WHITE)
DAAN = Person(SKIN["light"], HAIR["blond"], "short", vest=YELLOW, helmet=pal.HIVIS_ORANGE)
MARIEKE = Person(SKIN["fair"], HAIR["brown"], "bob", vest=None, helmet=None, shirt=pal.SHIRT_RED, trousers=pal.DENIM)
KIM = Person(SKIN["medium"], HAIR["black"], "ponytail", vest=ORANGE, helmet=WHITE)
NOOR = Person(SKIN["light"], HAIR["auburn"], "long", glasses=True, vest=None, helmet=None, shirt=pal.SHIRT_TEAL,
              trousers=pal.INK)
SANDRA = Person(SKIN["fair"], HAIR["blond"], "bun", vest=ORANGE, helmet=WHITE)
THOMAS = Person(SKIN["light"], HAIR["brown"], "short", beard=True, vest=YELLOW, helmet=pal.DEEP_BLUE)
PETER = Person(SKIN["fair"], HAIR["grey"], "bald", glasses=True, beard=True, vest=None, helmet=None,
               shirt=pal.SHIRT_SAND, trousers=pal.WORK_BLUE)
KEVIN = Person(SKIN["fair"], HAIR["dark"], "short", vest=YELLOW, helmet=WHITE)
MARCO = Person(SKIN["medium"], HAIR["brown"], "short", beard=True, vest=ORANGE, helmet=pal.HIVIS_YELLOW)
IRIS = Person(SKIN["light"], HAIR["blond"], "ponytail", vest=YELLOW, helmet=WHITE)
YONAS = Person(SKIN["dark"], HAIR["black"], "short", vest=ORANGE, helmet=pal.HIVIS_YELLOW)

# Colleagues, mentors, pupils and parents.
BRIDGE_MATE = Person(SKIN["light"], HAIR["blond"], "ponytail", vest=YELLOW, helmet=ORANGE)
MENTOR = Person(SKIN["fair"], HAIR["grey"], "short", beard=True, vest=YELLOW, helmet=WHITE)
MENTOR_WOMAN = Person(SKIN["brown"], HAIR["black"], "bun", vest=YELLOW, helmet=WHITE)
NEWCOMER = Person(SKIN["tan"], HAIR["black"], "hijab", scarf=pal.DEEP_BLUE, vest=ORANGE, helmet=pal.HIVIS_YELLOW)
WORKER_A = Person(SKIN["brown"], HAIR["black"], "short", vest=ORANGE, helmet=pal.HIVIS_YELLOW)
WORKER_B = Person(SKIN["light"], HAIR["dark"], "short", beard=True, vest=YELLOW, helmet=ORANGE)
WORKER_C = Person(SKIN["medium"], HAIR["dark"], "long", vest=ORANGE, helmet=WHITE)
WORKER_D = Person(SKIN["fair"], HAIR["auburn"], "short", vest=ORANGE, helmet=pal.HIVIS_YELLOW)
OLDER_WOMAN = Person(SKIN["fair"], HAIR["grey"], "bob", vest=YELLOW, helmet=WHITE)
TEACHER = Person(SKIN["brown"], HAIR["black"], "curly", glasses=True, vest=YELLOW, helmet=WHITE,
                 shirt=pal.SHIRT_PURPLE, trousers=pal.INK)
ENGINEER = Person(SKIN["medium"], HAIR["dark"], "short", glasses=True, vest=YELLOW, helmet=WHITE)
STUDENT = Person(SKIN["brown"], HAIR["black"], "afro", vest=YELLOW, helmet=pal.DEEP_BLUE)
STUDENT_B = Person(SKIN["light"], HAIR["blond"], "long", vest=YELLOW, helmet=pal.DEEP_BLUE)
SWITCHER = Person(SKIN["fair"], HAIR["brown"], "bob", vest=ORANGE, helmet=WHITE)
FATHER = Person(SKIN["brown"], HAIR["black"], "short", beard=True, vest=None, helmet=None, shirt=pal.SHIRT_GREEN,
                trousers=pal.DENIM)


def pupil(skin: str, hair: str, style: str, shirt: pal.RGB, vest: pal.RGB | None = None,
          helmet: pal.RGB | None = None, scarf: pal.RGB | None = None) -> Person:
    return Person(SKIN[skin], HAIR[hair], style, vest=vest, helmet=helmet, shirt=shirt, trousers=pal.DENIM,
                  child=True, scarf=scarf)


CHILD = pupil("brown", "black", "afro", pal.SHIRT_RED)
PUPILS = (
    pupil("light", "blond", "ponytail", pal.SHIRT_PINK),
    pupil("dark", "black", "short", pal.SHIRT_TEAL),
    pupil("tan", "dark", "hijab", pal.SHIRT_PURPLE, scarf=pal.SHIRT_PINK),
    pupil("fair", "auburn", "curly", pal.SHIRT_GREEN),
    pupil("medium", "black", "short", pal.SHIRT_SAND),
    pupil("brown", "black", "bun", pal.SHIRT_RED),
)
