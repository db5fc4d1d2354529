// opencc-js ships its "./t2cn" entry (traditional → simplified dictionaries only, ~110 kB instead of
// ~1.2 MB for the full build) through package "exports", which moduleResolution "node" does not read:
// its types are those of the full build.
declare module "opencc-js/t2cn" {
  export * from "opencc-js";
}

// simplified → traditional (tests convert sheets to check that a traditional copy reads the same)
declare module "opencc-js/cn2t" {
  export * from "opencc-js";
}
