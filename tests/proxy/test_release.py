"""Release awareness: the shipped spec closest to the upstream's release."""

from __future__ import annotations

import pytest

from pvesdk_server.proxy.release import closest, parse_release, router_for, shipped

AVAILABLE = ["7.4", "8.0", "8.2", "8.4", "9.0", "9.2"]


@pytest.mark.parametrize(
    ("upstream", "chosen"),
    [
        ("8.2", "8.2"),  # shipped exactly
        ("8.3.1", "8.2"),  # nearest older minor of the same major
        ("9.1-1", "9.0"),
        ("9.5", "9.2"),  # newer than anything shipped: the newest of its major
        ("8.1", "8.0"),
        ("7.1", "7.4"),  # older than anything shipped of its major: the nearest newer one
        ("10.0", "9.2"),  # a major pvesdk does not know yet: the nearest major's closest
        ("6.4", "7.4"),
    ],
)
def test_closest_release(upstream: str, chosen: str) -> None:
    assert closest(upstream, AVAILABLE) == chosen


def test_an_unreadable_release_uses_the_newest_spec() -> None:
    assert parse_release("unknown") is None
    assert closest("unknown", AVAILABLE) == "9.2"


def test_shipped_releases_come_from_the_packaged_specs_oldest_first() -> None:
    releases = shipped()
    assert "9.2" in releases
    assert releases == sorted(releases, key=lambda r: parse_release(r) or (0, 0))


def test_no_shipped_spec_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no spec ships"):
        closest("9.2", [])


def test_every_release_the_mock_serves_is_shipped_for_the_proxy() -> None:
    """The older specs live in ``pve-releases.json.xz``: a proxy in front of an 8.4 cluster
    verifies against 8.4 (``notification-policy`` of ``POST /cluster/backup``, gone in 9.0),
    not against 9.2, which refused it."""
    from pvesdk_server.engine.spec import shipped as served

    releases = shipped()
    assert releases == served()
    assert {"7.4", "8.4", "9.0", "9.1", "9.2"} <= set(releases)
    assert closest("8.4.0", releases) == "8.4"
    found = router_for("8.4").match(["cluster", "backup"])
    assert found is not None
    assert "notification-policy" in found[2]["POST"].properties
