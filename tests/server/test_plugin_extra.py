"""``pve_mock_server`` without the server extra says which extra to install."""

from __future__ import annotations

import sys

import pytest

from pvesdk_server.pytest_plugin import SERVER_MODULES, _require_server_extra

pytest_plugins = ["pytester"]


def test_missing_server_extra_names_the_extra_to_install(pytester: pytest.Pytester) -> None:
    missing = "cryptography"
    # None in sys.modules makes every import of the module fail, as if it were not installed.
    pytester.makeconftest(f"import sys\nsys.modules[{missing!r}] = None\n")
    pytester.makepyfile("def test_user(pve_mock_server):\n    pass\n")
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(errors=1)
    output = result.stdout.str()
    assert "pip install 'pvesdk[server]'" in output
    assert f"missing: {missing}" in output
    assert "No module named" not in output and "Traceback" not in output


@pytest.mark.parametrize("missing", SERVER_MODULES)
def test_each_module_of_the_server_extra_is_checked(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)
    with pytest.raises(pytest.fail.Exception, match=rf"pvesdk\[server\].*missing: {missing}"):
        _require_server_extra()
