"""The REST API fuzzed from its own OpenAPI schema (schemathesis): whatever the parameters and
bodies, no answer is a server error. Bounded: a few dozen examples per operation."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from .runs import REPO

TOKEN = "fuzzing-token-1234567890"
SLOW_MACHINE_TIMEOUT_S = 120


@pytest.fixture(scope="module")
def api_app(tmp_path_factory, pipeline):
    from newsevents.api import create_app
    from newsevents.store import Store

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'examples.db'}")
    pipeline.run([str(REPO / "examples")], store)
    return create_app(store, ingest_token=TOKEN, pipeline=pipeline)


def test_no_parameter_or_body_gives_a_server_error(api_app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", api_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10

    for operation in operations:
        @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def no_server_error(case):
            # With the token, so that ingest bodies reach the pipeline too. The test is about server
            # errors, not latency: schemathesis' 10 s default read timeout failed it on a busy machine.
            case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error],
                                   timeout=SLOW_MACHINE_TIMEOUT_S)

        no_server_error()
