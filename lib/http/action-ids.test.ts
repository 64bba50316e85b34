import { describe, expect, it } from "vitest";
import { callableActionIds } from "./action-ids";

describe("callableActionIds", () => {
  it("keeps the exports of action modules and leaves out 'use cache' functions", () => {
    const ids = callableActionIds({
      node: {
        a1: { filename: "lib/actions/events.ts" },
        a2: { filename: "app/admin/queue/actions.ts" },
        a3: { filename: "app/actions.ts" },
        c1: { filename: "lib/data/labs.ts" },
        c2: { filename: "app/[locale]/page.tsx" },
        c3: { filename: "lib/actions/sub/helper.ts" },
      },
    });
    expect([...ids!].sort()).toEqual(["a1", "a2", "a3"]);
  });

  it("gives up (null) on a manifest without file names rather than refusing every action", () => {
    expect(callableActionIds({ node: { a1: {} } })).toBeNull();
    expect(callableActionIds({})).toBeNull();
  });
});
