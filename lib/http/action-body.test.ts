import { describe, expect, it } from "vitest";
import {
  formPostActionIds,
  isWellFormedActionBody,
  isWellFormedActionForm,
  isWellFormedFormPost,
  type FormEntry,
} from "./action-body";

const file = new Blob(["x"]);

describe("isWellFormedActionBody (plain-text argument lists)", () => {
  it.each(["[]", '[{"a":"$$x"}]', '["$undefined", 1]', '["$D2025-01-01T00:00:00.000Z"]'])("accepts %s", (b) =>
    expect(isWellFormedActionBody(b)).toBe(true),
  );
  it.each(["", "[", "{}", '"x"', '["$K1"]', '["$@1"]', '[{"$x":1}]'])("refuses %s", (b) =>
    expect(isWellFormedActionBody(b)).toBe(false),
  );
});

describe("isWellFormedActionForm (multipart argument lists)", () => {
  const ok: [string, FormEntry[]][] = [
    [
      "a form as React sends it",
      [
        ["1_name", "x"],
        ["0", '["$K1"]'],
      ],
    ],
    [
      "state and a form",
      [
        ["1_name", "x"],
        ["0", '[{"ok":false},"$K1"]'],
      ],
    ],
    ["an empty form", [["0", '["$K1"]']]],
    [
      "an outlined value before the root",
      [
        ["1", '{"a":1}'],
        ["0", '["$1"]'],
      ],
    ],
    [
      "a map",
      [
        ["1", "[[1,2]]"],
        ["0", '["$Q1"]'],
      ],
    ],
    [
      "a file",
      [
        ["1", file],
        ["0", '["$B1"]'],
      ],
    ],
  ];
  it.each(ok)("accepts %s", (_, entries) => expect(isWellFormedActionForm(entries)).toBe(true));

  const bad: [string, FormEntry[]][] = [
    ["no root", [["name", "x"]]],
    ["a root that is not JSON", [["0", "v#pb}O,P,r"]]],
    ["a root that is not a list", [["0", "1"]]],
    ["a reference to a missing part", [["0", '["$1"]']]],
    [
      "a forward reference",
      [
        ["0", '["$Q1"]'],
        ["1", "[[1,2]]"],
      ],
    ],
    [
      "a map that is not a list of pairs",
      [
        ["1", "[1]"],
        ["0", '["$Q1"]'],
      ],
    ],
    [
      "a blob reference to text",
      [
        ["1", "x"],
        ["0", '["$B1"]'],
      ],
    ],
    [
      "a server reference",
      [
        ["1", '{"id":"x","bound":null}'],
        ["0", '["$h1"]'],
      ],
    ],
    ["a stream", [["0", '["$R1"]']]],
    [
      "a part referring to itself",
      [
        ["1", '["$1"]'],
        ["0", '["$1"]'],
      ],
    ],
  ];
  it.each(bad)("refuses %s", (_, entries) => expect(isWellFormedActionForm(entries)).toBe(false));
});

describe("isWellFormedFormPost (forms without JavaScript)", () => {
  it("accepts forms naming an action by id, and no action at all", () => {
    expect(
      isWellFormedFormPost([
        ["$ACTION_ID_abc", ""],
        ["name", "x"],
      ]),
    ).toBe(true);
    expect(isWellFormedFormPost([["x", "1"]])).toBe(true);
  });
  it("accepts a bound action as React encodes it", () => {
    expect(
      isWellFormedFormPost([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:1", '["a"]'],
        ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
        ["name", "x"],
      ]),
    ).toBe(true);
    expect(
      isWellFormedFormPost([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"abc","bound":null}'],
      ]),
    ).toBe(true);
  });
  it.each<[string, FormEntry[]]>([
    ["no metadata", [["$ACTION_REF_1", ""]]],
    [
      "metadata that is not JSON",
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", "garbage"],
      ],
    ],
    [
      "bound arguments that never come",
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
      ],
    ],
    [
      "bound arguments that are not a list",
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:1", "1"],
        ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
      ],
    ],
    [
      "an id that is not a string",
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":1,"bound":null}'],
      ],
    ],
  ])("refuses %s", (_, entries) => expect(isWellFormedFormPost(entries)).toBe(false));
});

describe("formPostActionIds", () => {
  it("names the ids a form without JavaScript calls", () => {
    expect(
      formPostActionIds([
        ["$ACTION_ID_abc", ""],
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"def","bound":null}'],
        ["x", "1"],
      ]),
    ).toEqual(["abc", "def"]);
  });
});
