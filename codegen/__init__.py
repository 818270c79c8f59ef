"""codegen — OpenAPI 3.1/3.0 → C generator for Conduit.

Pipeline: loader (YAML/JSON with line numbers, local $ref resolution) → ir (validated
intermediate model: schemas with C layouts, operations, routing tree, security) → render
(logic-free Jinja2 templates, clang-format) → generated/.
"""

BANNER = "/* generated from openapi.yaml by codegen — do not edit */"
