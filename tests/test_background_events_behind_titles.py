"""An event noun named as the source of what an earlier act left ("secrets from Mueller's
investigation") is background, also when the parser hangs it on a title before the name as an
appositive ("secrets from former special counsel Robert Mueller's investigation"). Sentences from
the judged precision draws' articles."""

from helpers import codes


def test_secrets_from_a_titled_counsels_investigation_report_no_investigation(read):
    found = codes(read("The House still seeks former White House counsel Don McGahn's testimony and secrets from former "
                       "special counsel Robert Mueller's investigation, saying that Mueller's work is relevant in a Senate trial."))
    assert not any(code.startswith("09") for code in found), found


def test_an_investigation_launched_is_still_news(read):
    found = codes(read("The Justice Department's inspector general launched an investigation into the FBI's handling of "
                       "the Clinton email inquiry."))
    assert "090" in found, found
