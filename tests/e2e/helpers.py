"""Helpers for browser tests: axe-core checks, overflow checks, screenshots, admin login."""

from tests.e2e.conftest import AXE_JS, DEMO_PASSWORD, SCREENSHOTS

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Rules switched off, with the reason (keep this list short and justified):
AXE_DISABLED = {}


def axe_violations(page):
    """Run axe-core (WCAG 2.0/2.1 A and AA) on the current page; return its violations."""
    if not AXE_JS.exists():
        raise RuntimeError("axe-core is missing: run `npm ci` (make test-e2e does it).")
    page.add_script_tag(path=str(AXE_JS))
    rules = {rule: {"enabled": False} for rule in AXE_DISABLED}
    result = page.evaluate(
        """async ([tags, rules]) => await axe.run(document, {
            runOnly: {type: 'tag', values: tags}, rules: rules, resultTypes: ['violations']
        })""",
        [AXE_TAGS, rules],
    )
    return result["violations"]


def describe(violations):
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} → {targets}")
    return "\n".join(lines)


def horizontal_overflow(page):
    """Pixels by which the page is wider than the viewport (0 = no horizontal scrolling)."""
    return page.evaluate(
        "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - window.innerWidth"
    )


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    path = SCREENSHOTS / f"{name}-{width}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def admin_login(page, base_url, username, password=DEMO_PASSWORD):
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/**")
