"""Whether a set of HA rules can be satisfied (pve-ha-manager ``PVE::HA::Rules``
``check_feasibility`` and the checks the node-affinity and resource-affinity plugins register).

Each check names the rules it finds infeasible with pve-ha-manager's message; a rule that is
``disable``d takes no part. The API refuses a create or update that makes the written rule
infeasible and lists every rule's ``errors`` (option → messages).
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

__all__ = ["feasibility_errors"]

Errors = dict[str, dict[str, list[str]]]


def _members(rule: dict[str, Any]) -> set[str]:
    return {r for r in str(rule.get("resources", "")).split(",") if r}


def feasibility_errors(rules: dict[str, dict[str, Any]], nodes: list[str]) -> Errors:
    """Every infeasible rule's errors, option → messages, for the enabled ``rules``."""
    errors: Errors = {}

    def add(ruleid: str, message: str) -> None:
        errors.setdefault(ruleid, {}).setdefault("resources", []).append(message)

    enabled = {k: v for k, v in rules.items() if not int(v.get("disable", 0) or 0)}
    node_affinity = {k: v for k, v in enabled.items() if v.get("type") == "node-affinity"}
    affinity = {k: v for k, v in enabled.items() if v.get("type") == "resource-affinity"}
    positive = {k: v for k, v in affinity.items() if v.get("affinity") == "positive"}
    negative = {k: v for k, v in affinity.items() if v.get("affinity") == "negative"}

    # NodeAffinity: a resource is in one node-affinity rule at most
    used: dict[str, list[str]] = {}
    for ruleid, rule in sorted(node_affinity.items()):
        for sid in _members(rule):
            used.setdefault(sid, []).append(ruleid)
    for sid, ruleids in sorted(used.items()):
        if len(ruleids) > 1:
            for ruleid in ruleids:
                add(ruleid, f"resource '{sid}' is already used in another node affinity rule")
    # ResourceAffinity: two resources at least; a negative one no more than there are nodes
    for ruleid, rule in sorted(affinity.items()):
        if len(_members(rule)) < 2:
            add(ruleid, "rule is ineffective as there are less than two resources")
    for ruleid, rule in sorted(negative.items()):
        if len(_members(rule)) > len(nodes):
            add(ruleid, "rule defines more resources than available nodes")
    # Positive and negative rules sharing two resources contradict each other (positive rules
    # that share resources act as one set: find_disjoint_rules_resource_sets)
    for group in _disjoint_sets(positive):
        together = set().union(*(_members(positive[r]) for r in group))
        for negid, rule in sorted(negative.items()):
            if len(together & _members(rule)) < 2:
                continue
            add(negid, "rule shares two or more resources with a positive resource affinity rule")
            for posid in sorted(group):
                add(
                    posid,
                    "rule shares two or more resources with a negative resource affinity rule",
                )
    return errors


def _disjoint_sets(rules: dict[str, dict[str, Any]]) -> list[set[str]]:
    """Rule IDs grouped so that groups share no resource (a union of overlapping rules)."""
    groups = [{ruleid} for ruleid in sorted(rules)]
    merged = True
    while merged:
        merged = False
        for first, second in combinations(range(len(groups)), 2):
            left = set().union(*(_members(rules[r]) for r in groups[first]))
            right = set().union(*(_members(rules[r]) for r in groups[second]))
            if left & right:
                groups[first] |= groups.pop(second)
                merged = True
                break
    return groups
