import { describe, expect, it } from "vitest";
import { createTurns, TurnTimeout } from "./turns";

/** A promise the test settles by hand, to hold a turn for as long as it likes. */
function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("createTurns", () => {
  it("runs work one at a time, in the order it arrived", async () => {
    const turns = createTurns(1_000);
    const log: string[] = [];
    const [first, second, third] = [deferred(), deferred(), deferred()];
    const holds = [first, second, third];
    const runs = holds.map((hold, i) =>
      turns(async () => {
        log.push(`start ${i}`);
        await hold.promise;
        log.push(`end ${i}`);
        return i;
      }),
    );
    await tick();
    expect(log).toEqual(["start 0"]);
    third.resolve(); // the last one is ready early, but still waits its turn
    second.resolve();
    await tick();
    expect(log).toEqual(["start 0"]);
    first.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(log).toEqual(["start 0", "end 0", "start 1", "end 1", "start 2", "end 2"]);
  });

  it("a failed work ends its turn like a finished one", async () => {
    const turns = createTurns(1_000);
    const first = turns(() => Promise.reject(new Error("save failed")));
    const second = turns(async () => "second ran");
    await expect(first).rejects.toThrow("save failed");
    expect(await second).toBe("second ran");
  });

  it("gives up after maxWait without starting the work, and those behind it still wait their turn", async () => {
    const turns = createTurns(30);
    const hold = deferred();
    const log: string[] = [];
    const first = turns(async () => {
      await hold.promise;
      log.push("first");
    });
    const second = turns(async () => log.push("second (must not run)"));
    await expect(second).rejects.toBeInstanceOf(TurnTimeout);
    // A newcomer behind the one that gave up waits for the first, not for the one that left.
    const third = turns(async () => log.push("third"));
    await tick();
    expect(log).toEqual([]);
    hold.resolve();
    await first;
    await third;
    expect(log).toEqual(["first", "third"]);
  });
});
