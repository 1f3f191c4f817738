"""Making the notes yours: `assistant templates ...`, tones, and templates that cannot break a scan.

Real CLI (in-process `main`), real TinyDB stores in temp homes, real .eml files scanned with a fixed clock.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import click
import pytest

from assistant import template_tools as tt
from assistant.compose import FILTERS, KINDS, MAX_BODY_CHARS, Composer, packaged_dir, split_subject
from assistant.config import load, resolve_paths
from assistant.service import App
from assistant.store import Store
from tests.conftest import NOW

REJECTION_ACME = """\
From: Dana Whitfield <dana.whitfield@acme-robotics.com>
To: Alex Rivera <alex.rivera@example.com>
Subject: {subject}
Date: Wed, 18 Nov 2026 10:00:00 +0000
Message-ID: <rej1@acme-robotics.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi Alex,

Thank you for interviewing for the Senior Data Analyst role at Acme Robotics. Unfortunately, we have
decided to move forward with another candidate whose experience more closely matches our needs.
{body_extra}

We will keep your resume on file.

Best,
Dana Whitfield
Hiring Manager, Acme Robotics
"""

REJECTION_GLOBEX = """\
From: Omar Haddad <omar.haddad@globex-labs.com>
To: Alex Rivera <alex.rivera@example.com>
Subject: Update on your Product Designer application
Date: Thu, 19 Nov 2026 09:00:00 +0000
Message-ID: <rej2@globex-labs.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi Alex,

Thanks so much for your time talking with us about the Product Designer position at Globex Labs.
After careful consideration, we have decided not to move forward with your candidacy at this time.

I enjoyed our conversation and wish you the best in your search.

Omar Haddad
Design Lead, Globex Labs
"""

JINJA_BODY = "{{ 7*7 }} {{ config.__class__ }} {% for x in range(3) %}looped{% endfor %} {{ me.email }}"


def write_mail(
    folder: Path, subject: str = "Your application for Senior Data Analyst", body_extra: str = ""
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "r1.eml").write_text(REJECTION_ACME.format(subject=subject, body_extra=body_extra))
    (folder / "r2.eml").write_text(REJECTION_GLOBEX)
    return folder


def scan(run, home: Path, mail: Path) -> dict:
    result = run("--home", home, "--now", NOW, "scan", "--source", f"eml:{mail}", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def stored_drafts(home: Path) -> dict[str, dict]:
    with Store.open(home, lock=False) as store:
        return {d["to"]: d for d in store.all("drafts")}


def user_template(home: Path, name: str, text: str) -> Path:
    path = home / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


# --- overriding and init -----------------------------------------------------------------------


def test_user_template_overrides_the_packaged_one(run, home: Path, tmp_path: Path) -> None:
    path = user_template(
        home,
        "thank_you.warm.j2",
        "Subject: {{ reply_subject }}\n\nCheers {{ first_name }}, from my own template.\n",
    )

    summary = scan(run, home, write_mail(tmp_path / "mail"))

    assert len(summary["drafts"]) == 2
    drafts = stored_drafts(home)
    assert drafts["dana.whitfield@acme-robotics.com"]["body"] == "Cheers Dana, from my own template.\n"
    listed = {
        r["name"]: r
        for r in map(json.loads, run("--home", home, "templates", "list", "--json").out.splitlines())
    }
    assert listed["thank_you.warm.j2"]["in_effect"] == "yours"
    assert listed["thank_you.warm.j2"]["path"] == str(path)
    assert listed["thank_you.brief.j2"]["in_effect"] == "packaged"
    shown = run("--home", home, "templates", "show", "thank_you.warm")
    assert shown.code == 0 and "from my own template" in shown.out
    packaged = run("--home", home, "templates", "show", "--packaged", "thank_you.warm.j2")
    assert packaged.out == (packaged_dir() / "thank_you.warm.j2").read_text()


def test_init_copies_the_defaults_and_leaves_a_modified_file_untouched(run, home: Path) -> None:
    first = run("--home", home, "templates", "init")
    assert first.code == 0
    folder = home / "templates"
    for kind in KINDS:
        for tone in ("warm", "brief"):
            name = f"{kind}.{tone}.j2"
            assert (folder / name).read_text() == (packaged_dir() / name).read_text()
            assert f"{name}: copied" in first.out
    assert (folder / "README.md").is_file()
    mine = "Subject: {{ reply_subject }}\n\nMy words, not yours.\n"
    (folder / "check_in.brief.j2").write_text(mine)

    again = run("--home", home, "templates", "init")

    assert again.code == 0
    assert (folder / "check_in.brief.j2").read_text() == mine
    assert "check_in.brief.j2: kept as is, you changed it" in again.out
    assert "thank_you.warm.j2: already the same as the packaged one" in again.out


def test_init_refreshes_a_file_the_user_never_touched(home: Path) -> None:
    """A copy still equal to what init wrote earlier follows the packaged default when it improves."""
    paths = resolve_paths(home)
    tt.init_templates(paths)
    folder = paths.templates_dir
    old = "Subject: {{ reply_subject }}\n\nAn older packaged version.\n"
    (folder / "keep_in_touch.warm.j2").write_text(old)
    manifest = json.loads((folder / tt.MANIFEST).read_text())
    manifest["keep_in_touch.warm.j2"] = hashlib.sha256(old.encode()).hexdigest()
    (folder / tt.MANIFEST).write_text(json.dumps(manifest))

    actions = {a.name: a.action for a in tt.init_templates(paths)}

    assert actions["keep_in_touch.warm.j2"] == "updated"
    assert (folder / "keep_in_touch.warm.j2").read_text() == (
        packaged_dir() / "keep_in_touch.warm.j2"
    ).read_text()


# --- check -------------------------------------------------------------------------------------


def test_check_passes_for_the_packaged_templates(run, home: Path) -> None:
    result = run("--home", home, "templates", "check")
    assert result.code == 0, result.out
    assert "Checked 8 templates" in result.out and "All good." in result.out


def test_check_reports_syntax_error_and_undefined_variable_with_file_line_and_exits_1(
    run, home: Path
) -> None:
    undefined = user_template(
        home,
        "thank_you.warm.j2",
        "Subject: {{ reply_subject }}\n\nHi {{ first_name }},\n{{ favourite_colour }}\n",
    )
    syntax = user_template(home, "check_in.brief.j2", "Subject: {{ reply_subject }}\n\n{% if %}\nHello\n")

    result = run("--home", home, "templates", "check")

    assert result.code == 1
    assert f"{undefined}:4: undefined variable: 'favourite_colour' is undefined" in result.out
    assert f"{syntax}:3: syntax error" in result.out
    assert "2 problem(s) in 2 template(s)." in result.out


def test_check_reports_missing_subject_long_output_and_typos_in_branches_samples_skip(
    run, home: Path
) -> None:
    no_subject = user_template(home, "keep_in_touch.warm.j2", "{# my note #}\nHi {{ first_name }},\n")
    long = user_template(home, "keep_in_touch.brief.j2", "Subject: hi\n\n" + "blah " * (MAX_BODY_CHARS // 4))
    typo = user_template(
        home,
        "interview_thank_you.brief.j2",
        "Subject: {{ reply_subject }}\n\n{% if kind == 'never' %}\n{{ contact_nmae }}\n{{ me.nmae }}\n{% endif %}\nHi\n",
    )

    result = run("--home", home, "templates", "check", "--json")

    assert result.code == 1
    problems = [json.loads(line) for line in result.out.splitlines()]
    wheres = {(p["where"], p["problem"].split(":")[0].split(" is ")[0]) for p in problems}
    assert (f"{no_subject}:2", "the output must start with a 'Subject") in wheres
    assert any(p["where"] == str(long) and "characters long" in p["problem"] for p in problems)
    assert (f"{typo}:4", "undefined variable") in wheres
    assert any(p["where"] == f"{typo}:5" and "'me' has no attribute 'nmae'" in p["problem"] for p in problems)


def test_check_reports_a_chosen_tone_that_lacks_templates(run, home: Path) -> None:
    for kind in KINDS:
        user_template(home, f"{kind}.formal.j2", "Subject: {{ reply_subject }}\n\nDear {{ first_name }}.\n")
    assert run("--home", home, "templates", "tone", "--company", "Acme Robotics", "formal").code == 0
    (home / "templates" / "check_in.formal.j2").unlink()

    result = run("--home", home, "templates", "check")

    assert result.code == 1
    assert "check_in.formal.j2" in result.out and "company acme robotics" in result.out


# --- mail content is data ----------------------------------------------------------------------


def test_jinja_syntax_in_a_mail_subject_and_body_comes_out_literally(run, home: Path, tmp_path: Path) -> None:
    subject = "Your application {{ 7*7 }} {% if true %}yes{% endif %}"
    user_template(
        home,
        "thank_you.warm.j2",
        "Subject: {{ reply_subject }}\n\nYou wrote: {{ original_subject }}\nAbout {{ role }} at {{ company }}.\n",
    )

    summary = scan(run, home, write_mail(tmp_path / "mail", subject=subject, body_extra=JINJA_BODY))

    assert summary["template_problems"] == []
    draft = stored_drafts(home)["dana.whitfield@acme-robotics.com"]
    assert draft["subject"] == f"Re: {subject}"
    assert draft["body"].startswith(f"You wrote: {subject}\n")
    for rendered in ("49", "looped", "alex.rivera@example.com", "class"):
        assert rendered not in draft["body"]
    # a personal note is data too
    assert run("--home", home, "contacts", "note", "dana", "{{ me.email }} and {% raw %}").code == 0
    message = next(
        iter(json.loads(run("--home", home, "contacts", "show", "dana", "--json").out)["messages"])
    )
    preview = run("--home", home, "--now", NOW, "templates", "preview", "check_in.warm", "--message", message)
    assert preview.code == 0, preview.err
    assert "P.S. I hope {{ me.email }} and {% raw %} is going well." in preview.out
    assert f"Subject: Re: {subject}\n" in preview.out


# --- a broken template never stops a scan ------------------------------------------------------


def test_scan_with_one_broken_template_still_makes_the_other_drafts(run, home: Path, tmp_path: Path) -> None:
    broken = user_template(
        home,
        "thank_you.warm.j2",
        "Subject: {{ reply_subject }}\n\nHi {{ first_name }},\n\n{{ me.nickname }}\n",
    )
    assert run("--home", home, "templates", "tone", "--company", "Globex Labs", "brief").code == 0
    mail = write_mail(tmp_path / "mail")

    summary = scan(run, home, mail)

    assert [d["to"] for d in summary["drafts"]] == ["omar.haddad@globex-labs.com"]
    assert len(summary["template_problems"]) == 1
    assert f"{broken}:5" in summary["template_problems"][0]
    assert stored_drafts(home)["omar.haddad@globex-labs.com"]["body"].startswith(
        "Hi Omar,\n\nThanks for letting me know"
    )
    plain = run("--home", home, "--now", NOW, "scan", "--source", f"eml:{mail}")
    assert plain.code == 0

    broken.unlink()  # fixed: the next scan makes the missing draft
    again = scan(run, home, mail)
    assert [d["to"] for d in again["drafts"]] == ["dana.whitfield@acme-robotics.com"]
    assert again["template_problems"] == []


# --- tones -------------------------------------------------------------------------------------


def test_contact_and_company_tones_are_stored_listed_and_validated(run, home: Path, tmp_path: Path) -> None:
    scan(run, home, write_mail(tmp_path / "mail"))

    assert run("--home", home, "contacts", "tone", "dana", "brief").code == 0
    assert run("--home", home, "templates", "tone", "--company", "Globex Labs", "warm").code == 0
    refused = run("--home", home, "contacts", "tone", "dana", "sarcastic")
    assert refused.code == 2 and "no tone 'sarcastic'" in refused.err

    with Store.open(home, lock=False) as store:
        assert store.get("contacts", "dana.whitfield@acme-robotics.com")["tone"] == "brief"
        assert store.state("company_tones") == {"globex labs": "warm"}
    listing = run("--home", home, "templates", "tone")
    assert "contact dana.whitfield@acme-robotics.com: brief" in listing.out
    assert "company globex labs: warm" in listing.out

    assert run("--home", home, "contacts", "tone", "dana", "default").code == 0
    assert run("--home", home, "templates", "tone", "--company", "globex labs", "default").code == 0
    with Store.open(home, lock=False) as store:
        assert store.get("contacts", "dana.whitfield@acme-robotics.com")["tone"] == ""
        assert store.state("company_tones") == {}


# --- preview -----------------------------------------------------------------------------------


def test_preview_with_sample_data_uses_your_name_from_config(run, home: Path) -> None:
    assert run("--home", home, "config", "set", "me.name", "Jordan Lee").code == 0

    full = run("--home", home, "templates", "preview", "interview_thank_you.warm.j2")
    bare = run("--home", home, "templates", "preview", "thank_you.brief", "--sample", "thank_you.bare")
    unknown = run("--home", home, "templates", "preview", "thank_you.brief", "--sample", "nope")

    assert full.code == 0
    assert full.out.startswith("Subject: Re: Interview: Senior Data Analyst")
    assert "Hi Dana," in full.out and "on Thursday" in full.out and "Jordan Lee" in full.out
    assert bare.code == 0 and "Hi there," in bare.out and "Subject: Re: (no subject)" in bare.out
    assert unknown.code == 2 and "thank_you.bare" in unknown.err


def test_preview_of_a_broken_template_says_where_and_exits_1(run, home: Path) -> None:
    path = user_template(home, "check_in.warm.j2", "Subject: x\n\n{{ first_name | shout }}\n")
    result = run("--home", home, "templates", "preview", "check_in.warm")
    assert result.code == 1
    assert f"{path}:3" in result.err and "shout" in result.err


# --- the documented context stays true ---------------------------------------------------------


def _shape(context: dict) -> dict[str, set[str]]:
    return {"": set(context), "me": set(context["me"]), "contact": set(context["contact"])}


def test_sample_contexts_have_exactly_the_keys_a_scan_builds(run, home: Path, tmp_path: Path) -> None:
    scan(run, home, write_mail(tmp_path / "mail"))
    paths = resolve_paths(home)
    config = load(paths)
    from datetime import datetime

    app = App(config=config, now=datetime.fromisoformat(NOW), tz=config.tzinfo())
    store = Store.open(paths.data_dir, lock=False)
    try:
        message = store.all("messages")[0]["_key"]
        real = {kind: tt.message_context(app, store, message, kind) for kind in KINDS}
    finally:
        store.abandon()

    for label, sample in tt.sample_contexts().items():
        assert _shape(sample) == _shape(real[sample["kind"]]), label
        for key, value in real[sample["kind"]].items():
            if value is not None and sample[key] is not None:
                assert type(sample[key]) is type(value), (label, key)


def _documented_keys(context: dict) -> list[str]:
    keys = []
    for key, value in context.items():
        if isinstance(value, dict):
            keys += [f"{key}.{sub}" for sub in value]
        else:
            keys.append(key)
    return keys


def test_readme_documents_every_variable_and_filter() -> None:
    readme = (packaged_dir() / "README.md").read_text()
    for key in _documented_keys(tt.sample_contexts()["thank_you"]):
        assert f"| `{key}` |" in readme, key
    for name in FILTERS:
        assert f"| `{name}` |" in readme, name
    for kind in KINDS:
        assert f"### {kind}" in readme, kind


def test_readme_examples_render_as_shown() -> None:
    readme = (packaged_dir() / "README.md").read_text()
    composer = Composer()
    for kind in KINDS:
        section = readme.split(f"### {kind}", 1)[1]
        template, expected = re.findall(r"```(?:jinja|text)\n(.*?)```", section, re.DOTALL)[:2]
        tmpl = composer.env.from_string(template)
        subject, body = split_subject(tmpl.render(tt.sample_context(kind)))
        assert f"Subject: {subject}\n\n{body}" == expected, kind


def test_every_templates_command_has_help_text() -> None:
    from assistant.cli import cli

    group = cli.commands["templates"]
    assert isinstance(group, click.Group) and group.help
    for name, command in group.commands.items():
        assert command.help, name
    assert cli.commands["contacts"].commands["tone"].help


@pytest.mark.parametrize("label", sorted(tt.sample_contexts()))
def test_every_packaged_template_reads_well_with_every_sample(label: str) -> None:
    composer = Composer()
    context = tt.sample_context(label)
    for tone in ("warm", "brief"):
        name = f"{context['kind']}.{tone}.j2"
        subject, body = composer.render(name, context)
        assert subject.startswith("Re: ")
        assert "None" not in body and "  " not in body
        assert len(body) < MAX_BODY_CHARS
