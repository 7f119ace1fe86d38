#!/usr/bin/env python3
"""hAH's scorer: the shared ../score_tasks.py on this directory's verdicts (usage as there)."""
import os, runpy
os.environ['SOSANH_AUDIT_DIR'] = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(os.environ['SOSANH_AUDIT_DIR'], '..', 'score_tasks.py'), run_name='__main__')
