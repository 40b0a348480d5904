"""`python -m pipeline STAGE`: pull, overlay, generate or check; prints the stage's wall time."""

from __future__ import annotations

import argparse
import json
import sys
import time

from pipeline import check, drift_render, generate, lock, locked, overlay, paths, pull, releases, vocabulary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline")
    parser.add_argument("stage", choices=["pull", "overlay", "generate", "check"])
    parser.add_argument("--accept", action="store_true", help="pull: accept upstream drift and rewrite the lock")
    parser.add_argument(
        "--pinned-url", help=f"pull --accept: an immutable URL of the accepted bytes, e.g. {paths.PINNED_URL_EXAMPLE}"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    try:
        if args.stage == "pull":
            result = pull.pull(
                accept=args.accept, pinned_url=args.pinned_url, cache=paths.UPSTREAM_CACHE, lock_file=paths.LOCK_FILE
            )
            print(f"pulled {result.source} (sha256 {result.sha256})")
            if result.report is not None:
                print(drift_render.render(result.report))
                print("accepted: spec/upstream.lock.json rewritten")
        elif args.stage == "overlay":
            locked.check_cache(paths.UPSTREAM_CACHE, lock.read(paths.LOCK_FILE))
            spec = overlay.run()
            operations = sum(
                1 for item in spec["paths"].values() for key in item if key in ("get", "put", "post", "delete", "patch")
            )
            print(f"resolved spec: {len(spec['paths'])} paths, {operations} operations, valid OpenAPI")
        elif args.stage == "generate":
            generate.generate()
            releases.write_readme(paths.README, json.loads(paths.RESOLVED_SPEC.read_text()))
            print("generated/ and the README's release matrix rebuilt")
        else:
            locked.check_cache(paths.UPSTREAM_CACHE, lock.read(paths.LOCK_FILE))
            problems = check.stale_outputs()
            if problems:
                print("generated outputs are stale or edited by hand:\n  " + "\n  ".join(problems))
                return 1
            print("spec/ and generated/ are exactly what the pipeline produces")
    except (
        pull.PullError,
        overlay.OverlayError,
        vocabulary.VocabularyError,
        generate.GenerateError,
        locked.LockedUpstreamError,
        lock.LockError,
    ) as exc:
        print(f"{args.stage} failed: {exc}", file=sys.stderr)
        return 1
    finally:
        print(f"stage {args.stage}: {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
