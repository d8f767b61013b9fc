"""Human or machine: who most likely caused an open or a click, and why we think so.

Signals, strongest first:

- a HEAD request: a program checking a URL, never a person reading (prefetch);
- the hidden honeypot link (`crm.tokens.HONEYPOT_LINK`): no person can see it, so whatever
  follows it is a scanner, and so is a click on the same message from the same address soon
  around it (`HoneypotMemory`);
- the user agent: link previewers (prefetch); security gateways, HTTP libraries, crawlers, or
  no user agent at all (scanner); for opens, Apple's image proxy, which sends "Mozilla/5.0"
  and nothing more, or any fetch from Apple's network 17.0.0.0/8 (Apple Mail Privacy
  Protection loads every image on delivery, read or not); Gmail's and Yahoo's image proxies,
  which fetch as the reader opens the message and so stand for a person;
- timing: a click within seconds of delivery is a gateway scanning the message.

Whatever is left is a person with a browser.

The honeypot link is rendered as the first element of the HTML body, with no text:
`<a href="{PUBLIC_URL}/t/c/{click token with link index HONEYPOT_LINK}" style="display:none"
aria-hidden="true" tabindex="-1"></a>`.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from ipaddress import IPv4Network

from crm.tokens import HONEYPOT_LINK
from tracking.models import Agent, EventKind
from tracking.privacy import packed_ip

# Agents that stand for a person: an image proxy fetches when the reader opens the message
# (filtering Gmail's proxy out would lose most real Gmail opens).
PEOPLE = frozenset({Agent.HUMAN, Agent.IMAGE_PROXY})
# A gateway clicks every link of a message as it arrives; a person takes longer than this.
SCANNER_CLICK_WINDOW = timedelta(seconds=10)
# A scanner clicks the links of a message together; this is how near its honeypot click.
HONEYPOT_WINDOW = timedelta(seconds=30)
HONEYPOT_MEMORY = 10_000  # recent honeypot clicks remembered by the process, oldest dropped
APPLE_MPP_AGENT = "Mozilla/5.0"  # exactly this, no platform or engine: Apple's image proxy
APPLE_NETWORK = IPv4Network("17.0.0.0/8")  # Apple's own; its mail proxies fetch from here
USER_AGENT_MEMORY = 8192  # user agents whose verdict the process remembers

# Matched against the lower-cased user agent (IGNORECASE makes the patterns slower).
_PREVIEWERS = re.compile(
    r"slackbot|twitterbot|discordbot|telegrambot|linkedinbot|whatsapp|facebookexternalhit"
    r"|skypeuripreview|iframely|embedly|preview"
)
# "bot" only before a separator: a phone model like "CUBOT X20" is a person's browser.
_SCANNERS = re.compile(
    r"bot[/\-_;)]|crawler|spider|scan|barracuda|mimecast|proofpoint|ironport|symantec"
    r"|messagelabs|trend ?micro|sophos|forti(?:mail|net|guard)|forcepoint|safelinks"
    r"|python|curl/|wget|go-http-client|java/|okhttp|libwww|httpclient|headless|phantomjs"
)
_IMAGE_PROXY_NAMES = {
    "googleimageproxy": "Gmail's image proxy",
    "yahoomailproxy": "Yahoo's image proxy",
}
_IMAGE_PROXIES = re.compile("|".join(_IMAGE_PROXY_NAMES))


@dataclass(frozen=True, slots=True)
class Verdict:
    """Who caused an event, and the reason stored with it."""

    agent: Agent
    reason: str

    @property
    def human(self) -> bool:
        return self.agent in PEOPLE


# Worked out once: the test runs on every open.
_APPLE_SHIFT = APPLE_NETWORK.max_prefixlen - APPLE_NETWORK.prefixlen
_APPLE_PREFIX = int(APPLE_NETWORK.network_address) >> _APPLE_SHIFT


def _in_apple_network(ip: str) -> bool:
    packed = packed_ip(ip)
    return (
        packed is not None
        and len(packed) == 4
        and int.from_bytes(packed) >> _APPLE_SHIFT == _APPLE_PREFIX
    )


@lru_cache(maxsize=USER_AGENT_MEMORY)
def _by_user_agent(kind: EventKind, user_agent: str) -> Verdict | None:
    """The verdict a user agent alone gives, None for a browser's; cached, since a few
    thousand user agents make almost all the traffic and the patterns cost ~20 us each."""
    agent = user_agent.strip()
    if not agent:
        return Verdict(Agent.SCANNER, "no user agent")
    lowered = agent.lower()
    if found := _PREVIEWERS.search(lowered):
        return Verdict(Agent.PREFETCH, f"link preview user agent ({found.group(0)})")
    if found := _SCANNERS.search(lowered):
        return Verdict(Agent.SCANNER, f"automated user agent ({found.group(0)})")
    if kind == EventKind.OPEN:
        if agent == APPLE_MPP_AGENT:
            return Verdict(Agent.APPLE_MPP, "Apple's image proxy user agent (Mozilla/5.0 only)")
        if found := _IMAGE_PROXIES.search(lowered):
            name = _IMAGE_PROXY_NAMES[found.group(0)]
            return Verdict(Agent.IMAGE_PROXY, f"{name}, fetching for the reader")
    return None


# The verdicts that name no detail, made once: classification runs for every hit.
_HEAD = Verdict(Agent.PREFETCH, "HEAD request")
_HONEYPOT = Verdict(Agent.SCANNER, "followed the hidden honeypot link")
BESIDE_HONEYPOT = Verdict(Agent.SCANNER, "clicked beside the hidden honeypot link")
_APPLE_NETWORK = Verdict(Agent.APPLE_MPP, f"fetched from Apple's network {APPLE_NETWORK}")
_PERSON = Verdict(Agent.HUMAN, "browser user agent")


def classify(
    kind: EventKind,
    *,
    head: bool,
    link: int | None,
    user_agent: str,
    ip: str,
    beside_honeypot: bool = False,
) -> Verdict:
    """The verdict on one open or click from what its request shows (the web process gives
    it; `after_delivery` completes it once the message's delivery time is known)."""
    if head:
        return _HEAD
    if kind == EventKind.CLICK and link == HONEYPOT_LINK:
        return _HONEYPOT
    if beside_honeypot:
        return BESIDE_HONEYPOT
    if verdict := _by_user_agent(kind, user_agent):
        return verdict
    if kind == EventKind.OPEN and _in_apple_network(ip):
        return _APPLE_NETWORK
    return _PERSON


def after_delivery(
    verdict: Verdict, kind: EventKind, at: datetime, sent_at: datetime | None
) -> Verdict:
    """The verdict once the delivery time is known: a person's click within seconds of
    delivery was a gateway's."""
    if verdict.agent != Agent.HUMAN or kind != EventKind.CLICK or sent_at is None:
        return verdict
    if at - sent_at < SCANNER_CLICK_WINDOW:
        seconds = max(0, int((at - sent_at).total_seconds()))
        return Verdict(Agent.SCANNER, f"clicked {seconds} s after delivery")
    return verdict


class HoneypotMemory:
    """The recent honeypot clicks of this process, by message and address, so that the other
    clicks a scanner makes on the same message are known as its own.

    A scanner opens a message's links together, in one batch or a few: a click within
    HONEYPOT_WINDOW of a honeypot click on the same message from the same address is its.
    Clicks written before the honeypot click arrived keep their verdict.
    """

    def __init__(self, window: timedelta = HONEYPOT_WINDOW, size: int = HONEYPOT_MEMORY) -> None:
        self.window = window.total_seconds()
        self.size = size
        self._seen: OrderedDict[tuple[int, str], float] = OrderedDict()

    def note(self, message_id: int, ip: str, at: float) -> None:
        """A honeypot click at `at`, seconds since the epoch (a hit's stamp)."""
        key = (message_id, ip)
        self._seen[key] = max(at, self._seen.get(key, at))
        self._seen.move_to_end(key)
        while len(self._seen) > self.size:
            self._seen.popitem(last=False)

    def near(self, message_id: int, ip: str, at: float) -> bool:
        seen = self._seen.get((message_id, ip))
        return seen is not None and abs(at - seen) <= self.window
